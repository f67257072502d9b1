using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Marketing;

/// <summary>Consent is only proof when we know which notice the person saw and which words they agreed to.</summary>
public sealed class MarketingConsentNeedsNoticeVersionAndWordingRule(string? noticeVersion, string? wording) : IBusinessRule
{
    public string Code => "CONSENT_INCOMPLETE";

    public string Message => "Consent needs the privacy notice version and the exact wording agreed to.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(noticeVersion) || string.IsNullOrWhiteSpace(wording);
}
