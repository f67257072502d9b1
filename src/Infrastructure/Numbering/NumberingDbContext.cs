using Groupus.Application.Common.Messaging;
using Groupus.Application.Numbering;
using Groupus.Domain.Numbering;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Numbering;

/// <summary>
/// Phone numbers and their emergency-services addresses. Its outbox, inbox and history table carry the module's name;
/// the numbers' table keeps the name it had inside Accounts (accounts_phone_numbers), so data and the SQL Server
/// scripts keep theirs (ADR 0050).
/// </summary>
public sealed class NumberingDbContext(DbContextOptions<NumberingDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = NumberingPersonalData.ModuleName;

    public override string Module => ModuleName;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new PhoneNumberConfiguration());
        modelBuilder.Entity<PhoneNumber>().HasQueryFilter(n => CallerOrganisationFilter == null || n.OrganisationId == CallerOrganisationFilter);
    }
}
