using Groupus.Application.Common.Messaging;
using Groupus.Domain.Privacy;
using Groupus.Domain.Privacy.Restrictions;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Privacy.Restrictions;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Privacy;

public sealed class PrivacyDbContext(DbContextOptions<PrivacyDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = "privacy";

    public override string Module => ModuleName;

    public DbSet<PrivacyAuditEntry> AuditLog => Set<PrivacyAuditEntry>();

    public DbSet<ProcessingRestriction> Restrictions => Set<ProcessingRestriction>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PrivacyAuditEntry>(entry =>
        {
            entry.ToTable("privacy_audit");
            // The sequence is the key: two writers that read the same last row cannot both append after it.
            entry.HasKey(e => e.Sequence);
            entry.Property(e => e.Sequence).ValueGeneratedNever();
            entry.Property(e => e.Actor).HasMaxLength(100);
            entry.Property(e => e.Action).HasMaxLength(100);
            entry.Property(e => e.SubjectReference).HasMaxLength(100);
            entry.Property(e => e.Details).HasMaxLength(4000);
            entry.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
            entry.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
            entry.HasIndex(e => e.AtUtc);
        });

        modelBuilder.ApplyConfiguration(new ProcessingRestrictionConfiguration());
    }
}
