using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// The privacy audit records what was committed (ADR 0044): closing a referral used to append its audit rows before the
/// commit, so a close refused at commit left "referral closed" and "request completed" rows for a request still open.
/// </summary>
public sealed class AuditAfterCommitTests
{
    private const string AuditedCloses = "SELECT COUNT(*) FROM privacy_audit WHERE Action IN ('request.referral-closed', 'request.completed')";

    [Fact]
    public async Task A_referral_close_refused_at_commit_leaves_no_audit_row_and_the_chain_intact()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync("gus.referred@example.com", "+447700900043");
        var organisation = Guid.NewGuid();
        world.Providers[0].ProcessorData[Groupus.Contracts.Privacy.SubjectIdentifier.Email("gus.referred@example.com")] = organisation;
        var request = await world.VerifiedAsync(subject, RequestType.Access, "gus.referred@example.com");
        await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = request.Id }, world.Officer.Headers);
        var file = world.Server.DatabaseFile;
        var close = new CloseReferralRequest { RequestId = request.Id, OrganisationId = organisation.ToString(), Outcome = "customer answered the subject" };

        await DatabaseSnapshot.ExecuteAsync(file, "CREATE TRIGGER disk_full BEFORE UPDATE ON privacy_request_referrals BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        var refused = await Assert.ThrowsAsync<RpcException>(() => world.Privacy.CloseReferralAsync(close, world.Officer.Headers).ResponseAsync);
        var auditedWhileRefused = await DatabaseSnapshot.CountAsync(file, AuditedCloses);
        var stillReferred = await world.Privacy.GetRequestAsync(new GetRequestRequest { RequestId = request.Id }, world.Officer.Headers);

        await DatabaseSnapshot.ExecuteAsync(file, "DROP TRIGGER disk_full;");
        var closed = await world.Privacy.CloseReferralAsync(close, world.Officer.Headers);

        Assert.NotEqual(StatusCode.OK, refused.StatusCode);
        Assert.Equal(RequestStatus.Referred, stillReferred.Status);
        Assert.Equal(0, auditedWhileRefused);
        Assert.Equal(RequestStatus.Completed, closed.Status);
        Assert.Equal(2, await DatabaseSnapshot.CountAsync(file, AuditedCloses));
        var verification = await world.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), world.Officer.Headers);
        Assert.True(verification.Intact, verification.Reason);
    }
}
