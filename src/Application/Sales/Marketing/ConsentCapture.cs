using Groupus.Application.Common.Contact;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Sales.Marketing;

namespace Groupus.Application.Sales.Marketing;

/// <summary>Records consent for an address: a new subscription, or fresh consent appended to the existing one's history.</summary>
public sealed class ConsentCapture(IMarketingSubscriptionRepository subscriptions, IDataSubjectRegistry subjects, IBlindIndex blindIndex, TimeProvider clock)
{
    public async Task<MarketingSubscription> CaptureAsync(
        string email, string? name, ConsentMethod method, string noticeVersion, string wording, Guid? staffId, CancellationToken cancellationToken)
    {
        var normalised = ContactRules.NormaliseEmail(email);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await subscriptions.FindByEmailAsync(normalised, cancellationToken);
        var trimmedName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (existing is { ErasedAtUtc: not null })
        {
            // The person was erased and now asks again: the suppression entry becomes their subscription once more.
            existing.ReinstateAfterErasure(normalised, trimmedName, await EnrolAsync(normalised, cancellationToken));
        }

        if (existing is not null)
        {
            existing.GiveConsent(method, noticeVersion.Trim(), wording.Trim(), staffId, now);
            return existing;
        }

        var subscription = MarketingSubscription.Subscribe(
            normalised, trimmedName, method, noticeVersion.Trim(), wording.Trim(), staffId, now, blindIndex.Of(SubjectIdentifier.Email(normalised)));
        subscription.LinkDataSubject(await EnrolAsync(normalised, cancellationToken));
        subscriptions.Add(subscription);
        return subscription;
    }

    private Task<Guid> EnrolAsync(string normalisedEmail, CancellationToken cancellationToken) =>
        subjects.EnrolAsync([SubjectIdentifier.Email(normalisedEmail)], cancellationToken);
}
