using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Marketing;

/// <summary>
/// That one marketing message (a campaign) went to one subscriber: the send log, kept to show what each person was
/// sent and on whose consent. It names the subscription, not the address.
/// </summary>
public sealed class MarketingSend : AggregateRoot
{
    private MarketingSend()
    {
    }

    public Guid SubscriptionId { get; private set; }

    [NotPersonalData("the campaign's name or subject line, the same for every recipient")]
    public string Campaign { get; private set; } = "";

    /// <summary>The consent entry that allowed the send.</summary>
    public Guid ConsentRecordId { get; private set; }

    public DateTime SentAtUtc { get; private set; }

    public Guid? SentByStaffId { get; private set; }

    /// <summary>A send to a subscriber who has consent now; refused when they have unsubscribed.</summary>
    public static MarketingSend To(MarketingSubscription subscription, string campaign, Guid? staffId, DateTime nowUtc)
    {
        CheckRule(new MarketingNeedsCurrentConsentRule(subscription));
        return new MarketingSend
        {
            Id = Guid.CreateVersion7(),
            SubscriptionId = subscription.Id,
            Campaign = campaign,
            ConsentRecordId = subscription.CurrentConsent!.Id,
            SentAtUtc = nowUtc,
            SentByStaffId = staffId,
        };
    }
}
