namespace Groupus.Domain.Sales.Marketing;

/// <summary>How consent was given or withdrawn.</summary>
public enum ConsentMethod
{
    /// <summary>The public website's sign-up form.</summary>
    WebForm = 1,

    /// <summary>Told to a member of staff on the phone.</summary>
    Phone = 2,

    /// <summary>At a corporate or industry event.</summary>
    Event = 3,

    /// <summary>In writing, by e-mail or letter.</summary>
    InWriting = 4,

    /// <summary>The unsubscribe link in one of our marketing e-mails.</summary>
    UnsubscribeLink = 5,

    /// <summary>In person, at a meeting.</summary>
    InPerson = 6,

    /// <summary>The person's erasure request (the privacy module's).</summary>
    PrivacyRequest = 7,
}
