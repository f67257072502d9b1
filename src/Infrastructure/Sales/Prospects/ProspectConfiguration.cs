using Groupus.Domain.Sales.Prospects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Groupus.Infrastructure.Sales.Prospects;

/// <summary>accounts_prospects, with the follow-up history in accounts_prospect_follow_ups (appended, never rewritten).</summary>
internal sealed class ProspectConfiguration : IEntityTypeConfiguration<Prospect>
{
    public void Configure(EntityTypeBuilder<Prospect> prospect)
    {
        prospect.ToTable("accounts_prospects");
        prospect.HasKey(p => p.Id);
        prospect.Property(p => p.Id).ValueGeneratedNever();
        prospect.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        prospect.Property(p => p.Source).HasConversion<string>().HasMaxLength(16);
        prospect.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        prospect.Property(p => p.Enquiry).HasMaxLength(4000);
        prospect.Property(p => p.LostReason).HasMaxLength(500);
        prospect.OwnsOne(p => p.Contact, contact =>
        {
            contact.Property(c => c.Company).HasColumnName("Company").HasMaxLength(200);
            contact.Property(c => c.ContactName).HasColumnName("ContactName").HasMaxLength(200);
            contact.Property(c => c.WorkEmail).HasColumnName("WorkEmail").HasMaxLength(254);
            contact.Property(c => c.WorkPhone).HasColumnName("WorkPhone").HasMaxLength(20);
            contact.Property(c => c.CountryCode).HasColumnName("CountryCode").HasMaxLength(2);
            contact.Property(c => c.Industry).HasColumnName("Industry").HasMaxLength(100);
            contact.Property(c => c.RevenueBand).HasColumnName("RevenueBand").HasConversion<string>().HasMaxLength(32);
            contact.Property(c => c.EmployeeCount).HasColumnName("EmployeeCount");
            contact.Property(c => c.PurchasingTimeframe).HasColumnName("PurchasingTimeframe").HasConversion<string>().HasMaxLength(32);
        });
        prospect.Navigation(p => p.Contact).IsRequired();
        prospect.OwnsMany(p => p.FollowUps, followUp =>
        {
            followUp.ToTable("accounts_prospect_follow_ups");
            followUp.WithOwner().HasForeignKey("ProspectId");
            followUp.HasKey(f => f.Id);
            followUp.Property(f => f.Id).ValueGeneratedNever();
            followUp.Property(f => f.FromStatus).HasConversion<string>().HasMaxLength(16);
            followUp.Property(f => f.ToStatus).HasConversion<string>().HasMaxLength(16);
            followUp.Property(f => f.Note).HasMaxLength(4000);
            followUp.HasIndex("ProspectId", nameof(ProspectFollowUp.Sequence)).IsUnique();
        });
        prospect.Navigation(p => p.FollowUps).UsePropertyAccessMode(PropertyAccessMode.Field);
        prospect.HasIndex(p => new { p.Status, p.ReceivedAtUtc, p.Id });
        prospect.HasIndex(p => new { p.ReceivedAtUtc, p.Id });
        prospect.HasIndex(p => p.DataSubjectId);
    }
}
