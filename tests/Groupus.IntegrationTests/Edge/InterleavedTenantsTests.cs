using System.Collections.Concurrent;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Infrastructure.Identity;
using Groupus.IntegrationTests.Support;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Edge;

/// <summary>
/// The database context's set-up is shared between requests (built once per module, contexts pooled), the caller is
/// not: two organisations' users calling at the same time each see their own organisation only, call after call.
/// </summary>
public sealed class InterleavedTenantsTests
{
    [Fact]
    public async Task Two_organisations_users_calling_at_once_each_see_only_their_own_organisation()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var alpha = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Alpha Widgets Ltd", "alice-alpha");
        var bravo = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Bravo Gadgets Ltd", "bob-bravo");

        var calls = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? SeesOnlyItsOwnAsync(alpha, bravo, "alice-alpha") : SeesOnlyItsOwnAsync(bravo, alpha, "bob-bravo"));
        var findings = (await Task.WhenAll(calls)).SelectMany(f => f).ToList();

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task Two_organisations_users_served_by_the_same_pooled_context_each_see_only_their_own_rows()
    {
        var leases = new ConcurrentQueue<(Guid Instance, string? Organisation)>();
        await using var server = await TestServer.StartWithAsync(services => services.Decorate<IdentityDbContext>((context, _) =>
        {
            leases.Enqueue((context.ContextId.InstanceId, context.Caller?.OrganisationId?.ToString()));
            return context;
        }));
        var support = await server.StaffAsync("sue", "support");
        var alpha = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Alpha Widgets Ltd", "alice-alpha");
        var bravo = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Bravo Gadgets Ltd", "bob-bravo");

        // One call at a time: a context returned to the pool by one organisation's call is leased by the other's next.
        // The pool hands out its instances in turn, so strictly alternating calls with two instances pooled would give
        // each organisation its own; the organisations take turns in an irregular (seeded) order instead.
        var findings = new List<string>();
        var order = new Random(20261207);
        for (var call = 0; call < 30; call++)
        {
            findings.AddRange(call % 2 == order.Next(2)
                ? await SeesOnlyItsOwnAsync(alpha, bravo, "alice-alpha")
                : await SeesOnlyItsOwnAsync(bravo, alpha, "bob-bravo"));
        }

        var servedBoth = leases.Where(l => l.Organisation is not null).GroupBy(l => l.Instance)
            .Count(instance => instance.Select(l => l.Organisation).Distinct().Count() == 2);
        Assert.True(servedBoth > 0, "no context instance was leased by both organisations' calls: contexts are not pooled");
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task A_modules_database_options_are_built_once_not_per_request()
    {
        await using var server = await TestServer.StartAsync();

        using var first = server.App.Services.CreateScope();
        using var second = server.App.Services.CreateScope();

        Assert.Same(
            first.ServiceProvider.GetRequiredService<DbContextOptions<IdentityDbContext>>(),
            second.ServiceProvider.GetRequiredService<DbContextOptions<IdentityDbContext>>());
        Assert.NotSame(first.ServiceProvider.GetRequiredService<IdentityDbContext>(), second.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    private static async Task<List<string>> SeesOnlyItsOwnAsync(CustomerSession caller, CustomerSession other, string ownUsername)
    {
        var findings = new List<string>();
        var own = await caller.Organisations.GetOrganisationAsync(new GetOrganisationRequest(), caller.Headers);
        if (own.Id != caller.OrganisationId)
        {
            findings.Add($"{ownUsername} was answered with organisation {own.Id}");
        }

        var users = await caller.Users.ListCustomerUsersAsync(new ListCustomerUsersRequest(), caller.Headers);
        if (users.Users.Any(u => u.OrganisationId != caller.OrganisationId) || users.Users.All(u => u.Username != ownUsername))
        {
            findings.Add($"{ownUsername} listed {string.Join(", ", users.Users.Select(u => u.Username))}");
        }

        var foreign = await RpcFailure.Of(() => caller.Organisations.GetOrganisationAsync(new GetOrganisationRequest { OrganisationId = other.OrganisationId }, caller.Headers));
        if (foreign.StatusCode != StatusCode.NotFound)
        {
            findings.Add($"{ownUsername} asking for the other organisation got {foreign.StatusCode}");
        }

        return findings;
    }
}
