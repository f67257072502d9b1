using Groupus.Application.Common.Messaging;
using Groupus.Domain.Visitors;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Visitors;

public sealed class VisitorsDbContext(DbContextOptions<VisitorsDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = "visitors";

    public override string Module => ModuleName;

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<VisitRetentionRun> RetentionRuns => Set<VisitRetentionRun>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
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
            visit.HasIndex(v => v.SignedInAtUtc);
            visit.HasIndex(v => v.ExpectedAtUtc);
            visit.HasIndex(v => new { v.AnonymisedAtUtc, v.SignedOutAtUtc });
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
