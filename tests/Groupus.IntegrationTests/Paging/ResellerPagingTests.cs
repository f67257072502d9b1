using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Accounts.Prospects;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Paging;

public sealed class ResellerPagingTests
{
    [Fact]
    public async Task Resellers_page_by_name_once_each_and_a_token_is_refused_under_other_filters()
    {
        await using var server = await TestServer.StartAsync();
        var sales = new SalesClients(server.Channel);
        var billing = await server.StaffAsync("bea", "billing");
        var names = new[] { "Delta Voice Ltd", "Bravo Voice Ltd", "Echo Voice Ltd", "Charlie Voice Ltd" };
        for (var i = 0; i < names.Length; i++)
        {
            await AddAsync(sales, billing, names[i], $"RA-PAGE-{i}");
        }

        var request = new ListResellersRequest { PageSize = 2 };
        var first = await sales.Resellers.ListResellersAsync(request, billing.Headers);
        Assert.Equal(["Bravo Voice Ltd", "Charlie Voice Ltd"], first.Resellers.Select(r => r.Name));

        // One that sorts before the page shown: a position-based page 2 would repeat "Charlie".
        await AddAsync(sales, billing, "Alpha Voice Ltd", "RA-PAGE-A");

        var seen = first.Resellers.Select(r => r.Name).ToList();
        request.PageToken = first.NextPageToken;
        while (request.PageToken.Length > 0)
        {
            var page = await sales.Resellers.ListResellersAsync(request, billing.Headers);
            seen.AddRange(page.Resellers.Select(r => r.Name));
            request.PageToken = page.NextPageToken;
        }

        Assert.Equal(["Bravo Voice Ltd", "Charlie Voice Ltd", "Delta Voice Ltd", "Echo Voice Ltd"], seen);

        var otherKind = await RpcFailure.Of(() => sales.Resellers.ListResellersAsync(
            new ListResellersRequest { PageSize = 2, Kind = ResellerKind.Reseller, PageToken = first.NextPageToken }, billing.Headers));
        Assert.Equal(StatusCode.InvalidArgument, otherKind.StatusCode);
        Assert.Contains("page_token", otherKind.Violations.Keys);
    }

    private static async Task AddAsync(SalesClients sales, StaffSession billing, string name, string reference)
    {
        var request = SalesClients.Reseller(reference: reference);
        request.Name = name;
        await sales.Resellers.AddResellerAsync(request, billing.Headers);
    }
}
