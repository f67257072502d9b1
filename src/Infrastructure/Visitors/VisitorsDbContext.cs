using Groupus.Application.Common.Messaging;
using Groupus.Domain.Visitors;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.Coordination;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Visitors;

public sealed class VisitorsDbContext(DbContextOptions<VisitorsDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = "visitors";

    public override string Module => ModuleName;

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<VisitRetentionRun> RetentionRuns => Set<VisitRetentionRun>();

    public DbSet<VisitorsChangeStamp> ChangeStamps => Set<VisitorsChangeStamp>();

    /// <summary>Saves, and when a visit changed, bumps the change stamp atomically in the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!ChangeTracker.Entries<Visit>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await BumpChangeStampAsync(cancellationToken);
            return written;
        }

        return await Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await Database.BeginTransactionAsync(token);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
            await BumpChangeStampAsync(token);
            await transaction.CommitAsync(token);
            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return written;
        }, cancellationToken);
    }

    /// <summary>
    /// Deletes every visit of a person in one statement, with the change stamp, in one transaction: an erasure costs the
    /// same for ten visits as for ten thousand, give or take the index.
    /// </summary>
    public Task<int> DeleteVisitsOfSubjectAsync(Guid subjectId, CancellationToken cancellationToken) =>
        Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await Database.BeginTransactionAsync(token);
            var deleted = await Visits.Where(v => v.DataSubjectId == subjectId).ExecuteDeleteAsync(token);
            if (deleted > 0)
            {
                await BumpChangeStampAsync(token);
            }

            await transaction.CommitAsync(token);
            return deleted;
        }, cancellationToken);

    private Task<int> BumpChangeStampAsync(CancellationToken cancellationToken) =>
        ChangeStamps.Where(s => s.Id == VisitorsChangeStamp.SingletonId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(s => s.Value, s => s.Value + 1), cancellationToken);

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.AddWorkLeases(Module);
        modelBuilder.Entity<Visit>(visit =>
        {
            visit.ToTable("visitors_visits");
            visit.HasKey(v => v.Id);
            visit.Property(v => v.Id).ValueGeneratedNever();
            visit.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
            visit.Property(v => v.VisitorName).HasMaxLength(200);
            visit.Property(v => v.Company).HasMaxLength(200);
            visit.Property(v => v.Purpose).HasMaxLength(500);
            visit.Property(v => v.HostUsername).HasMaxLength(64);
            visit.Property(v => v.HostDisplayName).HasMaxLength(200);
            visit.Property(v => v.BadgeNumber).HasMaxLength(20);
            visit.Property(v => v.ActiveBadgeNumber).HasMaxLength(20);
            visit.Ignore(v => v.Host);
            // One visitor per badge at a time: NULL (badge handed back) never collides on either provider.
            visit.HasIndex(v => v.ActiveBadgeNumber).IsUnique();
            visit.HasIndex(v => new { v.Status, v.SignedInAtUtc });
            visit.HasIndex(v => new { v.SignedInAtUtc, v.Id });
            visit.HasIndex(v => v.ExpectedAtUtc);
            visit.HasIndex(v => new { v.AnonymisedAtUtc, v.SignedOutAtUtc });
            visit.HasIndex(v => v.DataSubjectId);
        });
        modelBuilder.Entity<VisitorsChangeStamp>(stamp =>
        {
            stamp.ToTable("visitors_change_stamp");
            stamp.HasKey(s => s.Id);
            stamp.Property(s => s.Id).ValueGeneratedNever();
            stamp.HasData(new VisitorsChangeStamp { Id = VisitorsChangeStamp.SingletonId, Value = 0 });
        });
        modelBuilder.Entity<VisitRetentionRun>(run =>
        {
            run.ToTable("visitors_retention_runs");
            run.HasKey(r => r.Id);
            run.Property(r => r.Id).ValueGeneratedNever();
            run.HasIndex(r => r.RanAtUtc);
        });
    }
}
