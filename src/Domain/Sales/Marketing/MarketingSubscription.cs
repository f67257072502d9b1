using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Marketing;

/// <summary>
/// A person's marketing subscription, one per e-mail address, with its whole consent history: every consent given
/// and every withdrawal, never deleted or rewritten, because it is the proof that we may (or may no longer) send.
/// </summary>
public sealed class MarketingSubscription : AggregateRoot, IHasDataSubject
{
    private readonly List<ConsentRecord> _history = [];

    private MarketingSubscription()
    {
    }

    /// <summary>Normalised (trimmed, lower case).</summary>
    [PersonalData(PersonalDataCategory.Contact, PersonalDataCategory.MarketingPreferences)]
    public string Email { get; private set; } = "";

    [PersonalData(PersonalDataCategory.Identification)]
    public string? Name { get; private set; }

    /// <summary>
    /// A keyed hash of <see cref="Email"/>: how the address is found (the address itself is encrypted) and, after the
    /// person is erased, the suppression entry that keeps it from ever being mailed again.
    /// </summary>
    [PersonalData(PersonalDataCategory.MarketingPreferences)]
    [StoredInClear("a keyed hash the database keeps unique; it outlives erasure as the suppression entry")]
    public string EmailIndex { get; private set; } = "";

    public Guid DataSubjectId { get; private set; }

    /// <summary>When the person was erased: only the suppression entry and the dates and methods of the consent history remain.</summary>
    public DateTime? ErasedAtUtc { get; private set; }

    public MarketingSubscriptionStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime StatusChangedAtUtc { get; private set; }

    public IReadOnlyList<ConsentRecord> History => _history;

    public static MarketingSubscription Subscribe(
        string email, string? name, ConsentMethod method, string noticeVersion, string wording, Guid? recordedByStaffId, DateTime nowUtc, string emailIndex = "")
    {
        var subscription = new MarketingSubscription
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            EmailIndex = emailIndex,
            Name = name,
            CreatedAtUtc = nowUtc,
        };
        subscription.Raise(new MarketingSubscriberRegistered(subscription.Id, nowUtc));
        subscription.GiveConsent(method, noticeVersion, wording, recordedByStaffId, nowUtc);
        return subscription;
    }

    /// <summary>Fresh consent (a re-subscription, or consent renewed under a newer notice): appended to the history.</summary>
    public void GiveConsent(ConsentMethod method, string noticeVersion, string wording, Guid? recordedByStaffId, DateTime nowUtc)
    {
        CheckRule(new MarketingConsentNeedsNoticeVersionAndWordingRule(noticeVersion, wording));
        var record = new ConsentRecord(_history.Count + 1, ConsentAction.Given, nowUtc, method, noticeVersion, wording, recordedByStaffId);
        _history.Add(record);
        if (Status != MarketingSubscriptionStatus.Subscribed)
        {
            Status = MarketingSubscriptionStatus.Subscribed;
            StatusChangedAtUtc = nowUtc;
        }

        MarkChanged();
        Raise(new MarketingConsentCaptured(Id, record.Id, noticeVersion, method, nowUtc));
    }

    /// <summary>Withdraws consent. Returns false, changing nothing, when it was already withdrawn: unsubscribing twice is fine.</summary>
    public bool Withdraw(ConsentMethod method, Guid? recordedByStaffId, DateTime nowUtc)
    {
        if (Status == MarketingSubscriptionStatus.Unsubscribed)
        {
            return false;
        }

        var record = new ConsentRecord(_history.Count + 1, ConsentAction.Withdrawn, nowUtc, method, null, null, recordedByStaffId);
        _history.Add(record);
        Status = MarketingSubscriptionStatus.Unsubscribed;
        StatusChangedAtUtc = nowUtc;
        MarkChanged();
        Raise(new MarketingConsentWithdrawal(Id, record.Id, method, nowUtc));
        return true;
    }

    /// <summary>Links the subscription to the person in the privacy register (when created, or when an older row is backfilled).</summary>
    public void LinkDataSubject(Guid dataSubjectId) => DataSubjectId = dataSubjectId;

    /// <summary>
    /// Rectification of the subscriber's name. The address is not correctable: consent was given for this address,
    /// and another address needs its own subscription and consent.
    /// </summary>
    public void CorrectName(string name)
    {
        Name = name;
        MarkChanged();
    }

    /// <summary>Sets the keyed hash of the address (older rows are backfilled).</summary>
    public void IndexEmail(string emailIndex) => EmailIndex = emailIndex;

    /// <summary>
    /// Erasure: the address and name go, consent is withdrawn and the wording of every consent cleared; the keyed hash
    /// and the dates and methods stay as the suppression entry. Erasing twice changes nothing.
    /// </summary>
    public bool Erase(DateTime nowUtc)
    {
        if (ErasedAtUtc is not null)
        {
            return false;
        }

        Withdraw(ConsentMethod.PrivacyRequest, recordedByStaffId: null, nowUtc);
        foreach (var record in _history)
        {
            record.ForgetWording();
        }

        Email = "";
        Name = null;
        ErasedAtUtc = nowUtc;
        MarkChanged();
        return true;
    }

    /// <summary>An erased person subscribes again: the suppression entry holds their address and name once more, under their new subject.</summary>
    public void ReinstateAfterErasure(string email, string? name, Guid dataSubjectId)
    {
        Email = email;
        Name = name;
        DataSubjectId = dataSubjectId;
        ErasedAtUtc = null;
        MarkChanged();
    }

    /// <summary>The latest consent given, if any (the one a re-subscription replaced is still in <see cref="History"/>).</summary>
    public ConsentRecord? CurrentConsent =>
        Status == MarketingSubscriptionStatus.Subscribed ? _history.OrderBy(r => r.Sequence).LastOrDefault(r => r.Action == ConsentAction.Given) : null;
}
