using Groupus.Domain.Privacy.Restrictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Groupus.Infrastructure.Privacy.Restrictions;

/// <summary>privacy_restrictions: one row per restriction or objection request, purposes as a comma-separated list of names.</summary>
internal sealed class ProcessingRestrictionConfiguration : IEntityTypeConfiguration<ProcessingRestriction>
{
    public void Configure(EntityTypeBuilder<ProcessingRestriction> restriction)
    {
        restriction.ToTable("privacy_restrictions");
        restriction.HasKey(r => r.Id);
        restriction.Property(r => r.Id).ValueGeneratedNever();
        restriction.HasIndex(r => r.RequestId).IsUnique();
        restriction.HasIndex(r => new { r.SubjectId, r.LiftedAtUtc });
        restriction.Property(r => r.Purposes)
            .HasConversion(
                purposes => string.Join(',', purposes),
                stored => stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(purpose => Enum.Parse<RestrictedPurpose>(purpose)).ToList(),
                new ValueComparer<IReadOnlyList<RestrictedPurpose>>(
                    (a, b) => a!.SequenceEqual(b!),
                    purposes => purposes.Aggregate(0, (hash, purpose) => HashCode.Combine(hash, (int)purpose)),
                    purposes => purposes.ToList()))
            .HasMaxLength(200);
        restriction.Property(r => r.Reason).HasMaxLength(500);
        restriction.Property(r => r.LiftReason).HasMaxLength(500);
        restriction.Ignore(r => r.IsActive);
    }
}
