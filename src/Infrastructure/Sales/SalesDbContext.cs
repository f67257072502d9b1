using Groupus.Application.Common.Messaging;
using Groupus.Application.Sales;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Sales.Marketing;
using Groupus.Infrastructure.Sales.Prospects;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Sales;

/// <summary>
/// Prospects, marketing subscriptions and the log of marketing sends. Its outbox, inbox and history table carry the
/// module's name; the tables keep the names they had inside Accounts (accounts_prospects, accounts_marketing_*), so
/// data and the SQL Server scripts keep theirs (ADR 0042).
/// </summary>
public sealed class SalesDbContext(DbContextOptions<SalesDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = SalesPersonalData.ModuleName;

    public override string Module => ModuleName;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ProspectConfiguration());
        modelBuilder.ApplyConfiguration(new MarketingSubscriptionConfiguration());
        modelBuilder.ApplyConfiguration(new MarketingSendConfiguration());
    }
}
