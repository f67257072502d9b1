using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Contracts.Privacy;
using Groupus.IntegrationTests.Privacy.Vault;
using Groupus.IntegrationTests.Support;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>A rectification request corrects the person's records in every module, and their new address names them.</summary>
public sealed class RectificationTests
{
    private const string Email = "ruth.old@example.com";

    [Fact]
    public async Task A_rectification_corrects_prospect_subscription_account_and_visit_and_the_new_address_finds_the_person()
    {
        await using var world = await RequestWorld.StartAsync();
        var services = world.Server.App.Services;
        var subject = await world.EnrolAsync(Email, "+447700900031");
        await SubjectSeeds.ProspectAsync(services, "Ruth Oldname", "Oldco", Email, "Quote please", "Called");
        await SubjectSeeds.SubscriptionAsync(services, Email, "Ruth Oldname");
        await SubjectSeeds.CustomerUserAsync(services, "ruth", "Ruth Oldname", Email);
        var visit = await SubjectSeeds.VisitAsync(services, "Ruth Oldname", "Oldco", "Review");

        var created = await world.Privacy.CreateRequestAsync(
            new CreateRequestRequest
            {
                SubjectId = subject.ToString(), Type = RequestType.Rectification, Channel = "letter", NamedAs = new SubjectQuery { Email = Email },
                AlsoSubjectIds = { visit.DataSubjectId.ToString() },
                Corrections =
                {
                    ["ContactName"] = "Ruth Newname", ["DisplayName"] = "Ruth Newname", ["Name"] = "Ruth Newname", ["VisitorName"] = "Ruth Newname",
                    ["WorkEmail"] = "ruth.new@example.com", ["ShoeSize"] = "5",
                },
            },
            world.Officer.Headers);
        var code = await world.SendCodeAsync(created.Request.Id);
        await world.Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = created.Request.Id, Code = code }, world.Officer.Headers);
        var done = await world.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = created.Request.Id }, world.Officer.Headers);

        Assert.Equal(RequestStatus.Completed, done.Status);
        var registry = services.GetRequiredService<IDataSubjectRegistry>();
        Assert.Equal([subject], await registry.FindAsync(SubjectIdentifier.Email("ruth.new@example.com"), CancellationToken.None));
        using var scope = services.CreateScope();
        var lookup = new SubjectLookup(subject, []);
        var exports = new List<ExportedRecord>();
        foreach (var provider in scope.ServiceProvider.GetServices<IPersonalDataProvider>().Where(p => p.Module is "identity" or "sales" or "visitors"))
        {
            exports.AddRange((await provider.ExportAsync(lookup, CancellationToken.None)).Records);
            exports.AddRange((await provider.ExportAsync(new SubjectLookup(visit.DataSubjectId, []), CancellationToken.None)).Records);
        }

        Assert.Equal("Ruth Newname", exports.Single(r => r.RecordType == "Prospect").Fields["ContactName"]);
        Assert.Equal("ruth.new@example.com", exports.Single(r => r.RecordType == "Prospect").Fields["WorkEmail"]);
        Assert.Equal("Ruth Newname", exports.Single(r => r.RecordType == "MarketingSubscription").Fields["Name"]);
        Assert.Equal(Email, exports.Single(r => r.RecordType == "MarketingSubscription").Fields["Email"]);
        Assert.Equal(("Ruth Newname", "ruth.new@example.com"), (exports.Single(r => r.RecordType == "CustomerUser").Fields["DisplayName"], exports.Single(r => r.RecordType == "CustomerUser").Fields["WorkEmail"]));
        Assert.Equal("Ruth Newname", exports.Single(r => r.RecordType == "Visit").Fields["VisitorName"]);
    }

    [Fact]
    public async Task A_corrected_address_or_number_that_is_not_one_is_refused_with_the_field_named()
    {
        await using var world = await RequestWorld.StartAsync();
        var subject = await world.EnrolAsync(Email, "+447700900031");

        var failure = await RpcFailure.Of(() => world.Privacy.CreateRequestAsync(
            new CreateRequestRequest
            {
                SubjectId = subject.ToString(), Type = RequestType.Rectification, Channel = "letter", NamedAs = new SubjectQuery { Email = Email },
                Corrections = { ["WorkEmail"] = "not an address", ["WorkPhone"] = "0207 946 0000" },
            },
            world.Officer.Headers));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.Contains(failure.Violations.Values, v => v.Contains("e-mail address", StringComparison.Ordinal));
        Assert.Contains(failure.Violations.Values, v => v.Contains("E.164", StringComparison.Ordinal));
    }
}
