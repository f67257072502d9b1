using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Paging;

public sealed class OrganisationPagingTests
{
    [Fact]
    public async Task Organisations_page_by_name_and_a_token_is_good_only_for_the_filters_it_came_from()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var organisations = new OrganisationService.OrganisationServiceClient(server.Channel);
        foreach (var name in new[] { "Delta Paging Ltd", "Alpha Paging Ltd", "Echo Paging Ltd", "Charlie Paging Ltd", "Bravo Paging Ltd" })
        {
            await CustomerOrganisations.RegisterAsync(admin, name);
        }

        var request = new ListOrganisationsRequest { NameContains = "Paging", PageSize = 2 };
        var first = await organisations.ListOrganisationsAsync(request, admin.Headers);
        Assert.Equal(["Alpha Paging Ltd", "Bravo Paging Ltd"], first.Organisations.Select(o => o.LegalName));

        // An organisation that sorts before the page shown: a position-based page 2 would repeat "Bravo".
        await CustomerOrganisations.RegisterAsync(admin, "Aardvark Paging Ltd");

        var seen = first.Organisations.Select(o => o.LegalName).ToList();
        request.PageToken = first.NextPageToken;
        while (request.PageToken.Length > 0)
        {
            var page = await organisations.ListOrganisationsAsync(request, admin.Headers);
            seen.AddRange(page.Organisations.Select(o => o.LegalName));
            request.PageToken = page.NextPageToken;
        }

        Assert.Equal(["Alpha Paging Ltd", "Bravo Paging Ltd", "Charlie Paging Ltd", "Delta Paging Ltd", "Echo Paging Ltd"], seen);

        var otherFilter = await RpcFailure.Of(() => organisations.ListOrganisationsAsync(
            new ListOrganisationsRequest { NameContains = "Ltd", PageSize = 2, PageToken = first.NextPageToken }, admin.Headers));
        Assert.Equal(StatusCode.InvalidArgument, otherFilter.StatusCode);
        Assert.Contains("page_token", otherFilter.Violations.Keys);
    }
}
