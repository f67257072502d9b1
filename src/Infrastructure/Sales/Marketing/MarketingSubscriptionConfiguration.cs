using Groupus.Domain.Sales.Marketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Groupus.Infrastructure.Sales.Marketing;

/// <summary>accounts_marketing_subscriptions (one per address) and accounts_marketing_consents, the consent history kept as proof.</summary>
internal sealed class MarketingSubscriptionConfiguration : IEntityTypeConfiguration<MarketingSubscription>
{
    public void Configure(EntityTypeBuilder<MarketingSubscription> subscription)
    {
        subscription.ToTable("accounts_marketing_subscriptions");
        subscription.HasKey(s => s.Id);
        subscription.Property(s => s.Id).ValueGeneratedNever();
        subscription.Property(s => s.Email).HasMaxLength(254);
        // The address is sealed under its subject's key; its keyed hash is what is found and kept unique.
        subscription.Property(s => s.EmailIndex).HasMaxLength(64);
        subscription.HasIndex(s => s.EmailIndex).IsUnique();
        subscription.HasIndex(s => s.DataSubjectId);
        subscription.Property(s => s.Name).HasMaxLength(200);
        subscription.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        subscription.Ignore(s => s.CurrentConsent);
        subscription.OwnsMany(s => s.History, consent =>
        {
            consent.ToTable("accounts_marketing_consents");
            consent.WithOwner().HasForeignKey("SubscriptionId");
            consent.HasKey(c => c.Id);
            consent.Property(c => c.Id).ValueGeneratedNever();
            consent.Property(c => c.Action).HasConversion<string>().HasMaxLength(16);
            consent.Property(c => c.Method).HasConversion<string>().HasMaxLength(16);
            consent.Property(c => c.NoticeVersion).HasMaxLength(20);
            consent.Property(c => c.Wording).HasMaxLength(2000);
            consent.HasIndex("SubscriptionId", nameof(ConsentRecord.Sequence)).IsUnique();
        });
        subscription.Navigation(s => s.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
