using System.Linq.Expressions;
using Groupus.Domain.Customers;
using Groupus.Domain.Visitors;
using Groupus.Infrastructure.Customers;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>
/// The opening hook is built into the materialiser of a type with sealed columns only: a record with nothing sealed
/// is read without the interception EF Core otherwise wraps around every entity it builds.
/// </summary>
public sealed class SealedTypesMaterializationTests
{
    [Fact]
    public async Task Only_types_with_sealed_columns_are_materialised_through_the_opening_hook()
    {
        await using var server = await TestServer.StartAsync();
        using var scope = server.App.Services.CreateScope();
        var customers = scope.ServiceProvider.GetRequiredService<CustomersDbContext>();
        var visitors = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();

        Assert.False(IsIntercepted(customers, typeof(Organisation)));
        Assert.True(IsIntercepted(visitors, typeof(Visit)));
    }

    [Fact]
    public async Task A_visit_read_without_tracking_beside_an_organisation_is_still_opened()
    {
        await using var server = await TestServer.StartAsync();
        var visit = await SubjectSeeds.VisitAsync(server.App.Services, "Opened Visitor", "Opened Company", "Opened purpose");

        using var scope = server.App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CustomersDbContext>().Organisations.AsNoTracking().ToListAsync();
        var loaded = await scope.ServiceProvider.GetRequiredService<VisitorsDbContext>().Visits.AsNoTracking().SingleAsync(v => v.Id == visit.Id);

        Assert.Equal(("Opened Visitor", "Opened Company", "Opened purpose"), (loaded.VisitorName, loaded.Company, loaded.Purpose));
    }

    private static bool IsIntercepted(DbContext context, Type clrType)
    {
        var entityType = context.Model.FindEntityType(clrType)!;
        var materialize = context.GetService<IStructuralTypeMaterializerSource>().CreateMaterializeExpression(
            new StructuralTypeMaterializerSourceParameters(entityType, "instance", clrType, false, QueryTrackingBehavior.NoTracking),
            Expression.Parameter(typeof(MaterializationContext), "materializationContext"));
        var finder = new InterceptionDataFinder();
        finder.Visit(materialize);
        return finder.Found;
    }

    private sealed class InterceptionDataFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitNew(NewExpression node)
        {
            Found |= node.Type == typeof(MaterializationInterceptionData);
            return base.VisitNew(node);
        }
    }
}
