using Groupus.Application.Common.Messaging;
using Groupus.Domain.Fax;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Fax;

public sealed class FaxDbContext(DbContextOptions<FaxDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = "fax";

    public override string Module => ModuleName;

    public DbSet<FaxJob> Jobs => Set<FaxJob>();

    public DbSet<ReceivedFax> ReceivedFaxes => Set<ReceivedFax>();

    public DbSet<GatewayLine> GatewayLines => Set<GatewayLine>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FaxJob>(job =>
        {
            job.ToTable("fax_jobs");
            job.HasKey(j => j.Id);
            job.Property(j => j.Id).ValueGeneratedNever();
            job.Property(j => j.Destination).HasMaxLength(20);
            job.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
            job.Property(j => j.Resolution).HasConversion<string>().HasMaxLength(16);
            job.Property(j => j.Phase).HasConversion<string>().HasMaxLength(16);
            job.Property(j => j.DocumentSha256).HasMaxLength(64);
            job.Property(j => j.LastErrorCode).HasMaxLength(64);
            job.Property(j => j.LastError).HasMaxLength(500);
            job.Property(j => j.RemoteId).HasMaxLength(40);
            job.Property(j => j.LeaseLineId).HasMaxLength(64);
            job.Ignore(j => j.PagesConfirmed);
            job.Ignore(j => j.FirstUnconfirmedPage);
            job.Ignore(j => j.IsFinished);
            job.HasQueryFilter(j => CallerOrganisationFilter == null || j.OrganisationId == CallerOrganisationFilter);
            job.OwnsMany(j => j.Pages, page =>
            {
                page.ToTable("fax_job_pages");
                page.WithOwner().HasForeignKey("JobId");
                page.HasKey("JobId", nameof(FaxJobPage.PageNumber));
                page.Property(p => p.PageNumber).ValueGeneratedNever();
                page.Property(p => p.Error).HasMaxLength(200);
            });
            job.Navigation(j => j.Pages).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_pages");
            job.OwnsMany(j => j.Attempts, attempt =>
            {
                attempt.ToTable("fax_attempts");
                attempt.WithOwner().HasForeignKey("JobId");
                attempt.HasKey("JobId", nameof(FaxAttempt.Number));
                attempt.Property(a => a.Number).ValueGeneratedNever();
                attempt.Property(a => a.LineId).HasMaxLength(64);
                attempt.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
                attempt.Property(a => a.ErrorCode).HasMaxLength(64);
                attempt.Property(a => a.Detail).HasMaxLength(500);
            });
            job.Navigation(j => j.Attempts).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_attempts");
            job.HasIndex(j => new { j.State, j.Priority, j.NotBeforeUtc });
            job.HasIndex(j => new { j.State, j.Destination });
            job.HasIndex(j => new { j.LeaseGatewayId, j.State });
            job.HasIndex(j => new { j.OrganisationId, j.SubmittedAtUtc, j.Id });
            job.HasIndex(j => new { j.SubmittedAtUtc, j.Id });
        });
        modelBuilder.Entity<ReceivedFax>(fax =>
        {
            fax.ToTable("fax_received");
            fax.HasKey(f => f.Id);
            fax.Property(f => f.Id).ValueGeneratedNever();
            fax.Property(f => f.LineId).HasMaxLength(64);
            fax.Property(f => f.IdempotencyKey).HasMaxLength(100);
            fax.Property(f => f.CalledNumber).HasMaxLength(20);
            fax.Property(f => f.RemoteId).HasMaxLength(40);
            fax.Property(f => f.Sha256).HasMaxLength(64);
            fax.HasQueryFilter(f => CallerOrganisationFilter == null || f.OrganisationId == CallerOrganisationFilter);
            fax.HasIndex(f => new { f.GatewayId, f.IdempotencyKey }).IsUnique();
            fax.HasIndex(f => new { f.OrganisationId, f.ReceivedAtUtc, f.Id });
            fax.HasIndex(f => new { f.ReceivedAtUtc, f.Id });
        });
        modelBuilder.Entity<GatewayLine>(line =>
        {
            line.ToTable("fax_gateway_lines");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedNever();
            line.Property(l => l.LineId).HasMaxLength(64);
            line.Property(l => l.Number).HasMaxLength(20);
            line.HasIndex(l => new { l.GatewayId, l.LineId });
        });
    }
}
