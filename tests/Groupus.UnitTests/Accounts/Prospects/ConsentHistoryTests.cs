using Groupus.Domain.Sales.Marketing;
using Groupus.Domain.Common;

namespace Groupus.UnitTests.Accounts.Prospects;

public sealed class ConsentHistoryTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);
    private const string Wording = "Send me product news by e-mail.";

    [Fact]
    public void Subscribing_records_when_how_the_notice_version_and_the_wording()
    {
        var subscription = MarketingSubscription.Subscribe("mo@example.com", "Mo", ConsentMethod.WebForm, "2026-01", Wording, null, Now);

        var consent = Assert.Single(subscription.History);
        Assert.Equal((ConsentAction.Given, Now, ConsentMethod.WebForm, "2026-01", Wording), (consent.Action, consent.AtUtc, consent.Method, consent.NoticeVersion, consent.Wording));
        Assert.Equal(MarketingSubscriptionStatus.Subscribed, subscription.Status);
        Assert.Same(consent, subscription.CurrentConsent);
        Assert.Collection(
            subscription.DomainEvents,
            e => Assert.IsType<MarketingSubscriberRegistered>(e),
            e => Assert.Equal("2026-01", Assert.IsType<MarketingConsentCaptured>(e).NoticeVersion));
    }

    [Fact]
    public void Withdrawing_appends_to_the_history_and_withdrawing_again_changes_nothing()
    {
        var subscription = MarketingSubscription.Subscribe("mo@example.com", null, ConsentMethod.Phone, "2026-01", Wording, Guid.NewGuid(), Now);
        subscription.ClearDomainEvents();

        Assert.True(subscription.Withdraw(ConsentMethod.UnsubscribeLink, null, Now.AddDays(1)));
        var version = subscription.Version;
        Assert.False(subscription.Withdraw(ConsentMethod.UnsubscribeLink, null, Now.AddDays(2)));

        Assert.Equal([ConsentAction.Given, ConsentAction.Withdrawn], subscription.History.Select(r => r.Action));
        Assert.Equal(Now.AddDays(1), subscription.StatusChangedAtUtc);
        Assert.Equal(version, subscription.Version);
        Assert.Null(subscription.CurrentConsent);
        Assert.IsType<MarketingConsentWithdrawal>(Assert.Single(subscription.DomainEvents));
    }

    [Fact]
    public void Re_subscribing_captures_fresh_consent_and_keeps_the_old_consent_and_withdrawal_as_proof()
    {
        var subscription = MarketingSubscription.Subscribe("mo@example.com", null, ConsentMethod.WebForm, "2026-01", Wording, null, Now);
        subscription.Withdraw(ConsentMethod.UnsubscribeLink, null, Now.AddDays(1));

        subscription.GiveConsent(ConsentMethod.Event, "2026-07", "News about video meetings.", Guid.NewGuid(), Now.AddDays(30));

        Assert.Equal(MarketingSubscriptionStatus.Subscribed, subscription.Status);
        Assert.Equal(
            [(ConsentAction.Given, "2026-01"), (ConsentAction.Withdrawn, null), (ConsentAction.Given, "2026-07")],
            subscription.History.Select(r => (r.Action, r.NoticeVersion)));
        Assert.Equal("News about video meetings.", subscription.CurrentConsent!.Wording);
        Assert.Equal([1, 2, 3], subscription.History.Select(r => r.Sequence));
    }

    [Fact]
    public void Consent_without_a_notice_version_or_wording_is_no_proof_and_is_refused()
    {
        var subscription = MarketingSubscription.Subscribe("mo@example.com", null, ConsentMethod.WebForm, "2026-01", Wording, null, Now);

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => subscription.GiveConsent(ConsentMethod.Phone, "", Wording, null, Now));

        Assert.Equal("CONSENT_INCOMPLETE", broken.Rule.Code);
        Assert.Single(subscription.History);
    }
}
