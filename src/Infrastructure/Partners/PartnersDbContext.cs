using Groupus.Application.Common.Messaging;
using Groupus.Application.Partners;
using Groupus.Domain.Partners;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Partners;

/// <summary>
/// Resellers and distributors. Its outbox, inbox and history table carry the module's name; the resellers table keeps
/// the name it had inside Accounts (accounts_resellers), so data and the SQL Server scripts keep theirs (ADR 0042).
/// </summary>
public sealed class PartnersDbContext(DbContextOptions<PartnersDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = PartnersPersonalData.ModuleName;

    public override string Module => ModuleName;

    public DbSet<Reseller> Resellers => Set<Reseller>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new ResellerConfiguration());
}
