using System.Text.Json;
using Groupus.Application.Common.Messaging;
using Groupus.Domain.Privacy;
using Groupus.Domain.Privacy.Restrictions;
using Groupus.Domain.Privacy.Exports;
using Groupus.Domain.Privacy.Holds;
using Groupus.Domain.Privacy.Requests;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.Coordination;
using Groupus.Infrastructure.Privacy.Restrictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Groupus.Infrastructure.Privacy;

public sealed class PrivacyDbContext(DbContextOptions<PrivacyDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = "privacy";

    public override string Module => ModuleName;

    public DbSet<PrivacyAuditEntry> AuditLog => Set<PrivacyAuditEntry>();

    public DbSet<ProcessingRestriction> Restrictions => Set<ProcessingRestriction>();
    public DbSet<DataSubjectRequest> Requests => Set<DataSubjectRequest>();

    public DbSet<DuplicateSubmission> DuplicateSubmissions => Set<DuplicateSubmission>();

    public DbSet<ErasureCertificate> ErasureCertificates => Set<ErasureCertificate>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    public DbSet<ExportPackage> ExportPackages => Set<ExportPackage>();

    public DbSet<ExportDownloadToken> DownloadTokens => Set<ExportDownloadToken>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.AddWorkLeases(Module);
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
        modelBuilder.Entity<DataSubjectRequest>(request =>
        {
            request.ToTable("privacy_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.StatusBeforeWaiting).HasConversion<string>().HasMaxLength(20);
            // One active request per subject and type: the key is set while open and null once closed. A unique index
            // ignores NULLs on SQLite; on SQL Server EF Core filters a unique index on a nullable column to IS NOT NULL.
            request.Property(r => r.ActiveKey).HasMaxLength(60);
            request.HasIndex(r => r.ActiveKey).IsUnique();
            request.Property(r => r.Channel).HasMaxLength(20);
            request.Property(r => r.Notes).HasMaxLength(2000);
            // Rows of their own, so their values are sealed under the subject's key like any personal text.
            request.OwnsMany(r => r.NamedAs, named =>
            {
                named.ToTable("privacy_request_identifiers");
                named.WithOwner().HasForeignKey("RequestId");
                named.Property<Guid>("Id").ValueGeneratedOnAdd();
                named.HasKey("Id");
                named.Property(n => n.Kind).HasMaxLength(20);
                named.Property(n => n.Value).HasMaxLength(300);
            });
            request.Navigation(r => r.NamedAs).HasField("_namedAs").UsePropertyAccessMode(PropertyAccessMode.Field);
            request.OwnsMany<FieldCorrection>("_corrections", correction =>
            {
                correction.ToTable("privacy_request_corrections");
                correction.WithOwner().HasForeignKey("RequestId");
                correction.Property<Guid>("Id").ValueGeneratedOnAdd();
                correction.HasKey("Id");
                correction.Property(c => c.Field).HasMaxLength(100);
                correction.Property(c => c.Value).HasMaxLength(1000);
            });
            request.Ignore(r => r.Corrections);
            Json(request.Property(r => r.Purposes)).HasMaxLength(200);
            Json(request.Property(r => r.AlsoSubjectIds)).HasMaxLength(1000);
            request.Ignore(r => r.SubjectIds);
            Json(request.Property(r => r.Pauses)).HasMaxLength(4000);
            Json(request.Property(r => r.Extensions)).HasMaxLength(4000);
            request.Property(r => r.CodeSalt).HasMaxLength(32).IsUnicode(false);
            request.Property(r => r.CodeHash).HasMaxLength(64).IsUnicode(false);
            request.Property(r => r.CodeSentTo).HasMaxLength(20);
            request.Property(r => r.RejectionReason).HasMaxLength(1000);
            request.Ignore(r => r.Deadline);
            request.HasIndex(r => new { r.SubjectId, r.Type });
            request.HasIndex(r => new { r.Status, r.DueOn });
            request.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
            request.HasMany(r => r.Referrals).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
            request.HasMany(r => r.History).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
            request.Navigation(r => r.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
            request.Navigation(r => r.Referrals).HasField("_referrals").UsePropertyAccessMode(PropertyAccessMode.Field);
            request.Navigation(r => r.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<RequestStep>(step =>
        {
            step.ToTable("privacy_request_steps");
            step.HasKey(s => s.Id);
            step.Property(s => s.Id).ValueGeneratedNever();
            step.Property(s => s.Module).HasMaxLength(50);
            step.Property(s => s.Action).HasConversion<string>().HasMaxLength(20);
            step.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
            step.Property(s => s.Outcome).HasMaxLength(20000);
            step.Property(s => s.FoundBefore).HasMaxLength(4000);
        });

        modelBuilder.Entity<Referral>(referral =>
        {
            referral.ToTable("privacy_request_referrals");
            referral.HasKey(r => r.Id);
            referral.Property(r => r.Id).ValueGeneratedNever();
            referral.Property(r => r.Module).HasMaxLength(200);
            referral.Property(r => r.RecordType).HasMaxLength(500);
            referral.Property(r => r.Outcome).HasMaxLength(1000);
        });

        modelBuilder.Entity<RequestEvent>(history =>
        {
            history.ToTable("privacy_request_history");
            history.HasKey(e => e.Id);
            history.Property(e => e.Id).ValueGeneratedNever();
            history.Property(e => e.Actor).HasMaxLength(100);
            history.Property(e => e.What).HasMaxLength(50);
            history.Property(e => e.Reason).HasMaxLength(1100);
        });

        modelBuilder.Entity<DuplicateSubmission>(duplicate =>
        {
            duplicate.ToTable("privacy_duplicate_submissions");
            duplicate.HasKey(d => d.Id);
            duplicate.Property(d => d.Id).ValueGeneratedNever();
            duplicate.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
            duplicate.Property(d => d.Channel).HasMaxLength(20);
            duplicate.HasIndex(d => d.ActiveRequestId);
        });

        modelBuilder.Entity<ErasureCertificate>(certificate =>
        {
            certificate.ToTable("privacy_erasure_certificates");
            certificate.HasKey(c => c.Id);
            certificate.Property(c => c.Id).ValueGeneratedNever();
            certificate.HasIndex(c => c.RequestId).IsUnique();
            Json(certificate.Property(c => c.Lines)).HasMaxLength(20000);
            certificate.Property(c => c.AuditHash).HasMaxLength(64).IsUnicode(false);
        });

        modelBuilder.Entity<LegalHold>(hold =>
        {
            hold.ToTable("privacy_legal_holds");
            hold.HasKey(h => h.Id);
            hold.Property(h => h.Id).ValueGeneratedNever();
            hold.Property(h => h.Reason).HasMaxLength(500);
            hold.Property(h => h.Reference).HasMaxLength(100);
            hold.Property(h => h.PlacedBy).HasMaxLength(100);
            hold.Property(h => h.ReleaseReason).HasMaxLength(500);
            hold.HasIndex(h => new { h.SubjectId, h.ReleasedAtUtc });
        });

        modelBuilder.Entity<ExportPackage>(package =>
        {
            package.ToTable("privacy_export_packages");
            package.HasKey(p => p.Id);
            package.Property(p => p.Id).ValueGeneratedNever();
            package.HasIndex(p => p.RequestId).IsUnique();
            package.Property(p => p.FileName).HasMaxLength(100);
            package.Property(p => p.Sha256).HasMaxLength(64).IsUnicode(false);
        });

        modelBuilder.Entity<ExportDownloadToken>(token =>
        {
            token.ToTable("privacy_download_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Id).ValueGeneratedNever();
            token.Property(t => t.TokenHash).HasMaxLength(64).IsUnicode(false);
            token.HasIndex(t => t.TokenHash).IsUnique();
        });
    }

    /// <summary>A small value kept as JSON text in one column, compared by its JSON.</summary>
    private static PropertyBuilder<T> Json<T>(PropertyBuilder<T> property)
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, (JsonSerializerOptions?)null),
            json => JsonSerializer.Deserialize<T>(json, (JsonSerializerOptions?)null)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b, (JsonSerializerOptions?)null),
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, (JsonSerializerOptions?)null), (JsonSerializerOptions?)null)!));
        return property;
    }
}
