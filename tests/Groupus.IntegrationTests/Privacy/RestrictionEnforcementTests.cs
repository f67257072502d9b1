using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Application.Privacy.Restrictions;
using Groupus.Contracts.Privacy;
using Groupus.IntegrationTests.Accounts.Prospects;
using Groupus.IntegrationTests.Support;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// Restriction and objection are enforced, not just recorded: the marketing selection leaves the person out, a send to
/// them is refused by the pipeline, legal-claim uses go on, and lifting restores everything. Real server, real SQLite.
/// </summary>
public sealed class RestrictionEnforcementTests
{
    private const string Ada = "ada.lovelace@engines.example.co.uk";
    private const string Bob = "bob.babbage@engines.example.co.uk";
    private const string Wording = "Yes, send me news and offers about Groupus products by e-mail. I can unsubscribe at any time.";

    [Fact]
    public async Task A_restricted_prospect_is_left_out_of_the_selection_refused_marketing_and_still_exported_for_a_legal_claim()
    {
        await using var server = await TestServer.StartAsync();
        var (sales, support, officer) = await SubscribedProspectsAsync(server);
        var ada = await SubjectAsync(server, Ada);

        await RestrictAsync(server, ada, RestrictionScope.ForRestriction([]), Guid.NewGuid());

        var audience = await sales.Marketing.SelectMarketingAudienceAsync(new SelectMarketingAudienceRequest(), support.Headers);
        Assert.Equal([Bob], audience.Recipients.Select(r => r.Email));
        Assert.Equal(1, audience.LeftOutByRestriction);

        var refused = await RpcFailure.Of(() => sales.Marketing.SendMarketingMessageAsync(Send(Ada), support.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal("PROCESSING_RESTRICTED", refused.Reason);
        Assert.Equal("processing of this person's data for marketing is restricted", refused.Message);

        var evidence = await sales.Marketing.ExportConsentEvidenceAsync(new ExportConsentEvidenceRequest { Email = Ada }, officer.Headers);
        Assert.Equal(Ada, evidence.Subscription.Email);
        Assert.Equal(Wording, Assert.Single(evidence.Subscription.History).Wording);

        var sent = await sales.Marketing.SendMarketingMessageAsync(Send(Bob), support.Headers);
        Assert.NotEmpty(sent.SendId);
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM accounts_marketing_sends"));
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains(Ada, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_objection_to_marketing_behaves_likewise_and_lifting_it_restores_the_person()
    {
        await using var server = await TestServer.StartAsync();
        var (sales, support, _) = await SubscribedProspectsAsync(server);
        var ada = await SubjectAsync(server, Ada);
        var objection = Guid.NewGuid();

        await RestrictAsync(server, ada, RestrictionScope.ForObjection([]), objection);

        var audience = await sales.Marketing.SelectMarketingAudienceAsync(new SelectMarketingAudienceRequest(), support.Headers);
        Assert.Equal([Bob], audience.Recipients.Select(r => r.Email));
        var refused = await RpcFailure.Of(() => sales.Marketing.SendMarketingMessageAsync(Send(Ada), support.Headers));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM accounts_marketing_sends"));

        await LiftAsync(server, ada, objection);

        var restored = await sales.Marketing.SelectMarketingAudienceAsync(new SelectMarketingAudienceRequest(), support.Headers);
        Assert.Equal([Ada, Bob], restored.Recipients.Select(r => r.Email).Order());
        Assert.Equal(0, restored.LeftOutByRestriction);
        await sales.Marketing.SendMarketingMessageAsync(Send(Ada), support.Headers);
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM accounts_marketing_sends"));
    }

    [Fact]
    public async Task An_objection_to_legitimate_interests_only_leaves_marketing_alone()
    {
        await using var server = await TestServer.StartAsync();
        var (sales, support, _) = await SubscribedProspectsAsync(server);
        var ada = await SubjectAsync(server, Ada);

        await RestrictAsync(server, ada, RestrictionScope.ForObjection([ProcessingPurpose.LegitimateInterests]), Guid.NewGuid());

        var audience = await sales.Marketing.SelectMarketingAudienceAsync(new SelectMarketingAudienceRequest(), support.Headers);
        Assert.Equal(2, audience.Recipients.Count);
        await sales.Marketing.SendMarketingMessageAsync(Send(Ada), support.Headers);
        await using var scope = server.App.Services.CreateAsyncScope();
        var restrictions = scope.ServiceProvider.GetRequiredService<IProcessingRestrictions>();
        Assert.True(await restrictions.IsRestrictedAsync(SubjectIdentifier.Email(Ada), ProcessingPurpose.LegitimateInterests, CancellationToken.None));
        Assert.False(await restrictions.IsRestrictedAsync(SubjectIdentifier.Email(Ada), ProcessingPurpose.Storage, CancellationToken.None));
    }

    [Fact]
    public async Task A_request_that_runs_again_places_and_lifts_its_restriction_once_and_audits_each_change_once()
    {
        await using var server = await TestServer.StartAsync();
        var ada = await SubjectAsync(server, Ada);
        var request = Guid.NewGuid();

        await RestrictAsync(server, ada, RestrictionScope.ForRestriction([]), request);
        await RestrictAsync(server, ada, RestrictionScope.ForRestriction([]), request);
        await LiftAsync(server, ada, request);
        await LiftAsync(server, ada, request);

        Assert.Equal(1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM privacy_restrictions"));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM privacy_audit WHERE Action = 'restriction.placed'"));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM privacy_audit WHERE Action = 'restriction.lifted'"));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM privacy_restrictions WHERE LiftedAtUtc IS NULL"));
    }

    [Fact]
    public async Task Tampering_with_the_audit_row_of_a_lifted_restriction_is_found_by_the_verifier()
    {
        await using var server = await TestServer.StartAsync();
        var officer = new PrivacySession(await server.StaffAsync("priya", "privacy-officer"));
        var ada = await SubjectAsync(server, Ada);
        var request = Guid.NewGuid();
        await RestrictAsync(server, ada, RestrictionScope.ForRestriction([]), request);
        await LiftAsync(server, ada, request);
        await RestrictAsync(server, ada, RestrictionScope.ForObjection([]), Guid.NewGuid());

        var intact = await officer.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), officer.Headers);
        Assert.True(intact.Intact, intact.Reason);
        Assert.Equal(3, intact.RowsChecked);
        var lifted = await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT Sequence FROM privacy_audit WHERE Action = 'restriction.lifted'");

        // Someone with the database file makes it look as if the restriction had never been lifted.
        await DatabaseSnapshot.ExecuteAsync(server.DatabaseFile, $"UPDATE privacy_audit SET Action = 'restriction.placed' WHERE Sequence = {lifted}");

        var verification = await officer.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest(), officer.Headers);
        Assert.False(verification.Intact);
        Assert.Equal(lifted, verification.FirstBrokenSequence);
        Assert.Equal("EDITED", verification.Problem);
    }

    private static SendMarketingMessageRequest Send(string email) => new() { Email = email, Campaign = "Spring offers 2027" };

    private static async Task<(SalesClients Sales, StaffSession Support, StaffSession Officer)> SubscribedProspectsAsync(TestServer server)
    {
        var sales = new SalesClients(server.Channel);
        await sales.Prospects.SubmitEnquiryAsync(SalesClients.Enquiry(Ada));
        foreach (var email in new[] { Ada, Bob })
        {
            await sales.Marketing.SubscribeAsync(new SubscribeRequest { Email = email, NoticeVersion = "2026-01", Wording = Wording });
        }

        return (sales, await server.StaffAsync("sam", "support"), await server.StaffAsync("priya", "privacy-officer"));
    }

    /// <summary>The person's subject id in the register (enrolling them if the module that holds them has not).</summary>
    private static async Task<Guid> SubjectAsync(TestServer server, string email)
    {
        await using var scope = server.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDataSubjectRegistry>().EnrolAsync([SubjectIdentifier.Email(email)], CancellationToken.None);
    }

    private static async Task RestrictAsync(TestServer server, Guid subject, IReadOnlyCollection<ProcessingPurpose> purposes, Guid request)
    {
        await using var scope = server.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRestrictionLedger>().RestrictAsync(subject, purposes, request, "data subject request", CancellationToken.None);
    }

    private static async Task LiftAsync(TestServer server, Guid subject, Guid request)
    {
        await using var scope = server.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRestrictionLedger>().LiftAsync(subject, request, "accuracy verified", CancellationToken.None);
    }
}
