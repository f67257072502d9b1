using System.Linq.Expressions;
using Groupus.Domain.Common;

namespace Groupus.Domain.Visitors;

/// <summary>
/// One visit to the office: expected (pre-registered), then on site (signed in, wearing a badge),
/// then signed out. Personal details are anonymised once the retention period has passed.
/// </summary>
public sealed class Visit : AggregateRoot, IHasDataSubject
{
    public const string AnonymisedName = "Anonymised visitor";

    private Visit()
    {
    }

    public VisitStatus Status { get; private set; }

    [PersonalData(PersonalDataCategory.Identification)]
    public string VisitorName { get; private set; } = "";

    [PersonalData(PersonalDataCategory.Professional)]
    public string? Company { get; private set; }

    [PersonalData(PersonalDataCategory.VisitDetails)]
    public string? Purpose { get; private set; }

    public Guid HostStaffId { get; private set; }

    [PersonalData(PersonalDataCategory.Identification)]
    [StoredInClear("the host's, a member of staff, not the visitor's")]
    public string HostUsername { get; private set; } = "";

    [PersonalData(PersonalDataCategory.Identification)]
    [StoredInClear("the host's, a member of staff, not the visitor's")]
    public string HostDisplayName { get; private set; } = "";

    [PersonalData(PersonalDataCategory.VisitDetails)]
    [StoredInClear("the office's badge label, reissued to other visitors")]
    public string? BadgeNumber { get; private set; }

    /// <summary>The badge while the visitor wears it; cleared at sign-out so the badge can be reissued.</summary>
    [PersonalData(PersonalDataCategory.VisitDetails)]
    [StoredInClear("the database keeps it unique among visitors on site")]
    public string? ActiveBadgeNumber { get; private set; }

    public DateTime? ExpectedAtUtc { get; private set; }

    public DateTime? SignedInAtUtc { get; private set; }

    public DateTime? SignedOutAtUtc { get; private set; }

    public DateTime? AnonymisedAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid DataSubjectId { get; private set; }

    /// <summary>Links the visit to the visitor in the privacy register (when created, or when an older row is backfilled).</summary>
    public void LinkDataSubject(Guid dataSubjectId) => DataSubjectId = dataSubjectId;

    public VisitHost Host => new(HostStaffId, HostUsername, HostDisplayName);

    public static Visit PreRegister(string visitorName, string? company, string? purpose, VisitHost host, DateTime expectedAtUtc, DateTime nowUtc)
    {
        var visit = new Visit
        {
            Id = Guid.CreateVersion7(),
            Status = VisitStatus.Expected,
            VisitorName = visitorName,
            Company = company,
            Purpose = purpose,
            ExpectedAtUtc = expectedAtUtc,
            CreatedAtUtc = nowUtc,
        };
        visit.AssignHost(host);
        return visit;
    }

    public static Visit SignInWalkIn(string visitorName, string? company, string purpose, VisitHost host, string badgeNumber, DateTime nowUtc)
    {
        var visit = new Visit
        {
            Id = Guid.CreateVersion7(),
            Status = VisitStatus.Expected,
            VisitorName = visitorName,
            Company = company,
            Purpose = purpose,
            CreatedAtUtc = nowUtc,
        };
        visit.AssignHost(host);
        visit.SignIn(purpose, badgeNumber, nowUtc);
        return visit;
    }

    public void SignIn(string? purpose, string badgeNumber, DateTime nowUtc)
    {
        CheckRule(new VisitMustBeExpectedToSignInRule(Status));
        Status = VisitStatus.OnSite;
        Purpose = string.IsNullOrWhiteSpace(purpose) ? Purpose : purpose;
        BadgeNumber = badgeNumber;
        ActiveBadgeNumber = badgeNumber;
        SignedInAtUtc = nowUtc;
        MarkChanged();
        Raise(new VisitorSignedIn(Id, HostStaffId, HostUsername, badgeNumber, nowUtc));
    }

    public void ChangeHost(VisitHost host)
    {
        CheckRule(new VisitMustBeExpectedToSignInRule(Status));
        AssignHost(host);
        MarkChanged();
    }

    public void SignOut(DateTime nowUtc)
    {
        CheckRule(new VisitorMustBeOnSiteToSignOutRule(Status));
        CheckRule(new SignOutMustNotPrecedeSignInRule(SignedInAtUtc!.Value, nowUtc));
        Status = VisitStatus.SignedOut;
        SignedOutAtUtc = nowUtc;
        ActiveBadgeNumber = null;
        MarkChanged();
    }

    /// <summary>
    /// The visits that ended (or never happened) before the cut-off and still hold personal data. One definition, as an
    /// expression, so the retention sweep's query and this entity's own answer cannot drift apart.
    /// </summary>
    public static Expression<Func<Visit, bool>> DueForAnonymisation(DateTime cutOffUtc) =>
        v => v.AnonymisedAtUtc == null
            && ((v.Status == VisitStatus.SignedOut && v.SignedOutAtUtc < cutOffUtc)
                || (v.Status == VisitStatus.Expected && (v.ExpectedAtUtc ?? v.CreatedAtUtc) < cutOffUtc));

    public bool IsDueForAnonymisation(DateTime cutOffUtc) => DueForAnonymisation(cutOffUtc).Compile()(this);

    /// <summary>Removes what identifies the visitor; keeps when and whom they visited for the office's records.</summary>
    public void Anonymise(DateTime nowUtc)
    {
        VisitorName = AnonymisedName;
        Company = null;
        Purpose = null;
        BadgeNumber = null;
        AnonymisedAtUtc = nowUtc;
        MarkChanged();
    }

    /// <summary>Rectification at the visitor's request; a null leaves that field as it is.</summary>
    public void CorrectVisitorDetails(string? visitorName, string? company, string? purpose)
    {
        VisitorName = visitorName ?? VisitorName;
        Company = company ?? Company;
        Purpose = purpose ?? Purpose;
        MarkChanged();
    }

    private void AssignHost(VisitHost host)
    {
        HostStaffId = host.StaffId;
        HostUsername = host.Username;
        HostDisplayName = host.DisplayName;
    }
}
