using Groupus.Application.Common.Messaging;
using Groupus.Domain.Accounts;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Groupus.Infrastructure.Accounts;

public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = "accounts";

    public override string Module => ModuleName;

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StaffMember>(staff =>
        {
            staff.ToTable("accounts_staff");
            staff.HasKey(s => s.Id);
            staff.Property(s => s.Id).ValueGeneratedNever();
            staff.Property(s => s.Username).HasMaxLength(64);
            staff.HasIndex(s => s.Username).IsUnique();
            staff.Property(s => s.DisplayName).HasMaxLength(200);
            staff.Property(s => s.PasswordHash).HasMaxLength(512);
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
    }
}
