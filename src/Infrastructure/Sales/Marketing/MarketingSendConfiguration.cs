using Groupus.Domain.Sales.Marketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Groupus.Infrastructure.Sales.Marketing;

/// <summary>accounts_marketing_sends: the send log, by subscription id (the address stays in the subscription).</summary>
internal sealed class MarketingSendConfiguration : IEntityTypeConfiguration<MarketingSend>
{
    public void Configure(EntityTypeBuilder<MarketingSend> send)
    {
        send.ToTable("accounts_marketing_sends");
        send.HasKey(s => s.Id);
        send.Property(s => s.Id).ValueGeneratedNever();
        send.Property(s => s.Campaign).HasMaxLength(200);
        send.HasIndex(s => new { s.SubscriptionId, s.SentAtUtc });
    }
}
