using Groupus.Application.Common.Messaging;
using Groupus.Domain.Accounts;
using Groupus.Domain.Accounts.ServiceConfiguration;
using Groupus.Infrastructure.Accounts.ServiceConfiguration;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Groupus.Domain.Common;

namespace Groupus.Infrastructure.Accounts;

public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = "accounts";

    public override string Module => ModuleName;

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<CustomerUser> CustomerUsers => Set<CustomerUser>();

    public DbSet<GatewayCredential> GatewayCredentials => Set<GatewayCredential>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StaffMember>(staff =>
        {
            staff.ToTable("accounts_staff");
            ConfigurePasswordAccount(staff);
            staff.HasIndex(s => s.Username).IsUnique();
            staff.Property(s => s.DisplayName).HasMaxLength(200);
            staff.Property(s => s.Roles)
                .HasConversion(
                    roles => string.Join(',', roles),
                    stored => stored.Split(',', StringSplitOptions.RemoveEmptyEntries),
                    new ValueComparer<IReadOnlyList<string>>(
                        (a, b) => a!.SequenceEqual(b!),
                        roles => roles.Aggregate(0, (hash, role) => HashCode.Combine(hash, role.GetHashCode(StringComparison.Ordinal))),
                        roles => roles.ToArray()))
                .HasMaxLength(200);
        });

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

        modelBuilder.Entity<CustomerUser>(user =>
        {
            user.ToTable("accounts_customer_users");
            ConfigurePasswordAccount(user);

            // Unique within an organisation only: no organisation can learn another's usernames by choosing one.
            user.HasIndex(u => new { u.OrganisationId, u.Username }).IsUnique();
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.WorkEmail).HasMaxLength(254);
            user.Property(u => u.WorkPhone).HasMaxLength(20);
            user.Property(u => u.Role).HasMaxLength(16);
            user.HasIndex(u => u.DataSubjectId);
            user.HasQueryFilter(u => CallerOrganisationFilter == null || u.OrganisationId == CallerOrganisationFilter);
        });

        modelBuilder.Entity<GatewayCredential>(gateway =>
        {
            gateway.ToTable("accounts_gateway_credentials");
            gateway.HasKey(g => g.Id);
            gateway.Property(g => g.Id).ValueGeneratedNever();
            gateway.Property(g => g.Name).HasMaxLength(64);
            gateway.Property(g => g.SecretHash).HasMaxLength(512);
            gateway.Ignore(g => g.IsRevoked);
        });

        ConfigureSignInAudit(modelBuilder);
        ServiceConfigurationModel.Configure(modelBuilder);
        modelBuilder.Entity<OrganisationServiceConfiguration>().HasQueryFilter(c => CallerOrganisationFilter == null || c.OrganisationId == CallerOrganisationFilter);
        modelBuilder.Entity<ServiceConfigurationVersion>().HasQueryFilter(v => CallerOrganisationFilter == null || v.OrganisationId == CallerOrganisationFilter);
    }

    private static void ConfigureSignInAudit(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<SignInEvent>(signIn =>
        {
            signIn.ToTable("accounts_sign_in_events");
            signIn.HasKey(e => e.Id);
            signIn.Property(e => e.Id).ValueGeneratedNever();
            signIn.Property(e => e.AccountKind).HasMaxLength(16);
            signIn.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(32);
            signIn.HasIndex(e => e.OccurredAtUtc);
            signIn.HasIndex(e => new { e.AccountId, e.OccurredAtUtc });
        });

    private static void ConfigurePasswordAccount<TAccount>(EntityTypeBuilder<TAccount> account)
        where TAccount : PasswordAccount
    {
        account.HasKey(a => a.Id);
        account.Property(a => a.Id).ValueGeneratedNever();
        account.Property(a => a.Username).HasMaxLength(64);
        account.Property(a => a.PasswordHash).HasMaxLength(512);
        account.Property(a => a.PasswordResetTokenHash).HasMaxLength(64);
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
