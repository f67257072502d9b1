using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Sales.Marketing.ExportConsentEvidence;
using Groupus.Application.Sales.Marketing.SelectMarketingAudience;
using Groupus.Application.Sales.Marketing.SendMarketingMessage;

namespace Groupus.Api.Sales;

/// <summary>Campaign selection, sends and consent evidence, as the accounts protos spell them.</summary>
public static class MarketingSelectionMapping
{
    public static SelectMarketingAudienceResponse ToProto(this MarketingAudience audience) => new()
    {
        Recipients =
        {
            audience.Recipients.Select(r => new MarketingRecipient
            {
                SubscriptionId = r.SubscriptionId.ToString(),
                Email = r.Email,
                Name = r.Name ?? "",
                UnsubscribeToken = r.UnsubscribeToken,
            }),
        },
        LeftOutByRestriction = audience.LeftOutByRestriction,
        SelectedAt = audience.SelectedAtUtc.ToTimestamp(),
    };

    public static SendMarketingMessageResponse ToProto(this MarketingSendReceipt receipt) => new()
    {
        SendId = receipt.SendId.ToString(),
        SubscriptionId = receipt.SubscriptionId.ToString(),
        SentAt = receipt.SentAtUtc.ToTimestamp(),
    };

    public static ExportConsentEvidenceResponse ToProto(this ConsentEvidence evidence) => new()
    {
        Subscription = evidence.Subscription.ToProto(),
        ExportedAt = evidence.ExportedAtUtc.ToTimestamp(),
    };
}
