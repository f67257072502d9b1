using Groupus.Application.Common.Messaging;
using Groupus.Application.Identity;
using Groupus.Domain.Identity;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Groupus.Infrastructure.Identity;

/// <summary>
/// Who can sign in and how: staff, customer users, gateway credentials and the sign-in audit. Its outbox, inbox and
/// history table carry the module's name; its tables keep the names they had inside Accounts (ADR 0054).
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = IdentityPersonalData.ModuleName;

    public override string Module => ModuleName;

    public DbSet<StaffMember> Staff => Set<StaffMember>();

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
}
