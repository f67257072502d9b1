using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Marketing;

/// <summary>Marketing goes only to someone whose consent stands: not after they unsubscribed.</summary>
public sealed class MarketingNeedsCurrentConsentRule(MarketingSubscription subscription) : IBusinessRule
{
    public string Code => "MARKETING_CONSENT_WITHDRAWN";

    public string Message => "This person has withdrawn their consent to marketing.";

    public bool IsBroken() => subscription.CurrentConsent is null;
}
