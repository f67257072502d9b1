using Groupus.Application.Common.Messaging;
using Groupus.Application.Customers;
using Groupus.Domain.Common;
using Groupus.Domain.Customers;
using Groupus.Domain.Customers.ServiceConfiguration;
using Groupus.Infrastructure.Customers.ServiceConfiguration;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Groupus.Infrastructure.Customers;

/// <summary>
/// Customer organisations and (for now) their service configuration. Its outbox, inbox and history table carry the
/// module's name; its tables keep the names they had inside Accounts (ADR 0054).
/// </summary>
public sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = CustomersPersonalData.ModuleName;

    public override string Module => ModuleName;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("accounts_organisations");
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Id).ValueGeneratedNever();
            organisation.Property(o => o.LegalName).HasMaxLength(200);
            organisation.Property(o => o.CompanyNumber).HasMaxLength(8);
            organisation.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
            organisation.Property(o => o.StatusReason).HasMaxLength(500);
            organisation.Property(o => o.Industry).HasMaxLength(100);
            organisation.Property(o => o.SizeBand).HasMaxLength(50);
            organisation.OwnsOne(o => o.BillingAddress, address => ConfigureAddress(address, "Billing"));
            organisation.OwnsOne(o => o.InstallationAddress, address => ConfigureAddress(address, "Installation"));
            organisation.HasIndex(o => new { o.LegalName, o.Id });
            organisation.HasQueryFilter(o => CallerOrganisationFilter == null || o.Id == CallerOrganisationFilter);
        });

        ServiceConfigurationModel.Configure(modelBuilder);
        modelBuilder.Entity<OrganisationServiceConfiguration>().HasQueryFilter(c => CallerOrganisationFilter == null || c.OrganisationId == CallerOrganisationFilter);
        modelBuilder.Entity<ServiceConfigurationVersion>().HasQueryFilter(v => CallerOrganisationFilter == null || v.OrganisationId == CallerOrganisationFilter);
    }

    private static void ConfigureAddress<TOwner>(OwnedNavigationBuilder<TOwner, PostalAddress> address, string prefix)
        where TOwner : class
    {
        address.Property(a => a.Line1).HasColumnName($"{prefix}Line1").HasMaxLength(100);
        address.Property(a => a.Line2).HasColumnName($"{prefix}Line2").HasMaxLength(100);
        address.Property(a => a.Line3).HasColumnName($"{prefix}Line3").HasMaxLength(100);
        address.Property(a => a.Town).HasColumnName($"{prefix}Town").HasMaxLength(60);
        address.Property(a => a.County).HasColumnName($"{prefix}County").HasMaxLength(60);
        address.Property(a => a.Postcode).HasColumnName($"{prefix}Postcode").HasMaxLength(16);
        address.Property(a => a.CountryCode).HasColumnName($"{prefix}CountryCode").HasMaxLength(2);
    }
}
