using Groupus.Application.Common.Contact;
using Groupus.Domain.Accounts.Marketing;

namespace Groupus.Application.Accounts.Marketing;

/// <summary>Records consent for an address: a new subscription, or fresh consent appended to the existing one's history.</summary>
public sealed class ConsentCapture(IMarketingSubscriptionRepository subscriptions, TimeProvider clock)
{
    public async Task<MarketingSubscription> CaptureAsync(
        string email, string? name, ConsentMethod method, string noticeVersion, string wording, Guid? staffId, CancellationToken cancellationToken)
    {
        var normalised = ContactRules.NormaliseEmail(email);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await subscriptions.FindByEmailAsync(normalised, cancellationToken);
        if (existing is not null)
        {
            existing.GiveConsent(method, noticeVersion.Trim(), wording.Trim(), staffId, now);
            return existing;
        }

        var subscription = MarketingSubscription.Subscribe(
            normalised, string.IsNullOrWhiteSpace(name) ? null : name.Trim(), method, noticeVersion.Trim(), wording.Trim(), staffId, now);
        subscriptions.Add(subscription);
        return subscription;
    }
}
