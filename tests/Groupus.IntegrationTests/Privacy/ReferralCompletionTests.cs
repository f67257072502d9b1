using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// A request that waits for customer organisations completes when the officer closes the last referral (with the
/// CLI), exactly as one without referrals does: the completion audit row, and for an erasure the certificate and the
/// request forgetting the identifiers it was made under.
/// </summary>
public sealed class ReferralCompletionTests
{
    [Fact]
    public async Task An_erasure_completed_by_closing_its_referral_with_the_cli_has_its_certificate_and_completion_row_and_forgets_the_identifiers()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("rita.referred@example.com", "+447700900041");
        var organisation = Guid.NewGuid();
        world.Providers[1].ProcessorData[Groupus.Contracts.Privacy.SubjectIdentifier.Email("rita.referred@example.com")] = organisation;
        var request = await world.VerifiedAsync(subject, RequestType.Erasure, "rita.referred@example.com");
        var referred = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.Equal(RequestStatus.Referred, referred.Status);
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(world.Server.DatabaseFile, "SELECT COUNT(*) FROM privacy_request_identifiers"));
        var cli = new CliProcess(world.Server.Address);
        var login = await cli.RunAsync($"{TestServer.StrongPassword}\n", "login", "--username", "priya", "--password-stdin");
        Assert.True(login.ExitCode == 0, login.ToString());

        var closed = await cli.RunAsync(null, "privacy", "requests", "referral", "close", request.Id,
            "--organisation", organisation.ToString(), "--outcome", "the customer erased the faxes");

        Assert.True(closed.ExitCode == 0, closed.ToString());
        Assert.Contains("completed", closed.Output, StringComparison.Ordinal);
        var completed = await world.Privacy.GetRequestAsync(new GetRequestRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.Equal(RequestStatus.Completed, completed.Status);
        var certificate = await world.Privacy.GetErasureCertificateAsync(new GetErasureCertificateRequest { RequestId = request.Id }, world.Officer.Headers);
        Assert.True(certificate.SubjectKeyDestroyed);
        Assert.Contains(certificate.Lines, l => l is { Module: "alpha", Action: "DELETED", RecordCount: 1 });
        Assert.Contains(certificate.Lines, l => l.Action == "REFERRED" && l.Module == "bravo");
        var completionRow = await DatabaseSnapshot.CountAsync(world.Server.DatabaseFile, "SELECT MAX(Sequence) FROM privacy_audit WHERE Action = 'request.completed'");
        Assert.Equal(completionRow, certificate.AuditSequence);
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(world.Server.DatabaseFile, "SELECT COUNT(*) FROM privacy_request_identifiers"));
        Assert.True((await world.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), world.Officer.Headers)).Intact);
    }

    [Fact]
    public async Task An_access_request_completed_by_closing_its_referral_has_its_completion_row()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("ron.referred@example.com", "+447700900042");
        var organisation = Guid.NewGuid();
        world.Providers[0].ProcessorData[Groupus.Contracts.Privacy.SubjectIdentifier.Email("ron.referred@example.com")] = organisation;
        var request = await world.VerifiedAsync(subject, RequestType.Access, "ron.referred@example.com");
        await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers);

        var closed = await world.Privacy.CloseReferralAsync(
            new CloseReferralRequest { RequestId = request.Id, OrganisationId = organisation.ToString(), Outcome = "customer answered the subject" }, world.Officer.Headers);

        Assert.Equal(RequestStatus.Completed, closed.Status);
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(world.Server.DatabaseFile, "SELECT COUNT(*) FROM privacy_audit WHERE Action = 'request.completed'"));
    }
}
