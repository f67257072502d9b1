using Groupus.Domain.Common;
using Groupus.Domain.Visitors;

namespace Groupus.UnitTests.Visitors;

public sealed class VisitTests
{
    private static readonly VisitHost Host = new(Guid.NewGuid(), "harry", "Harry Host");
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_walk_in_is_on_site_wearing_the_badge_and_raises_an_arrival()
    {
        var visit = Visit.SignInWalkIn("Ada", "Engines", "Meeting", Host, "B1", Now);

        Assert.Equal(VisitStatus.OnSite, visit.Status);
        Assert.Equal("B1", visit.ActiveBadgeNumber);
        var arrival = Assert.IsType<VisitorSignedIn>(Assert.Single(visit.DomainEvents));
        Assert.Equal(Host.StaffId, arrival.HostStaffId);
    }

    [Fact]
    public void Signing_out_a_visitor_who_never_signed_in_breaks_a_rule()
    {
        var visit = Visit.PreRegister("Ada", null, null, Host, Now.AddHours(1), Now);

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => visit.SignOut(Now));

        Assert.Equal("VISITOR_NOT_ON_SITE", broken.Rule.Code);
        Assert.Equal(VisitStatus.Expected, visit.Status);
    }

    [Fact]
    public void Signing_out_twice_breaks_a_rule_and_keeps_the_first_time()
    {
        var visit = Visit.SignInWalkIn("Ada", null, "Meeting", Host, "B1", Now);
        visit.SignOut(Now.AddHours(1));

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => visit.SignOut(Now.AddHours(2)));

        Assert.Contains("already signed out", broken.Rule.Message, StringComparison.Ordinal);
        Assert.Equal(Now.AddHours(1), visit.SignedOutAtUtc);
    }

    [Fact]
    public void Signing_out_hands_the_badge_back()
    {
        var visit = Visit.SignInWalkIn("Ada", null, "Meeting", Host, "B1", Now);

        visit.SignOut(Now.AddHours(1));

        Assert.Null(visit.ActiveBadgeNumber);
        Assert.Equal("B1", visit.BadgeNumber);
    }

    [Fact]
    public void A_pre_registered_visitor_cannot_sign_in_twice()
    {
        var visit = Visit.PreRegister("Ada", null, null, Host, Now.AddHours(1), Now);
        visit.SignIn("Meeting", "B1", Now);

        Assert.Throws<BusinessRuleBrokenException>(() => visit.SignIn("Meeting", "B2", Now));
    }

    [Fact]
    public void Every_change_advances_the_version()
    {
        var visit = Visit.PreRegister("Ada", null, null, Host, Now.AddHours(1), Now);
        var versions = new List<long> { visit.Version };

        visit.SignIn("Meeting", "B1", Now);
        versions.Add(visit.Version);
        visit.SignOut(Now.AddHours(1));
        versions.Add(visit.Version);

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public void Anonymising_removes_identity_but_keeps_when_and_whom()
    {
        var visit = Visit.SignInWalkIn("Ada", "Engines", "Meeting", Host, "B1", Now);
        visit.SignOut(Now.AddHours(1));

        visit.Anonymise(Now.AddDays(31));

        Assert.Equal(Visit.AnonymisedName, visit.VisitorName);
        Assert.Null(visit.Company);
        Assert.Null(visit.Purpose);
        Assert.Null(visit.BadgeNumber);
        Assert.Equal("harry", visit.HostUsername);
        Assert.Equal(Now, visit.SignedInAtUtc);
    }

    [Theory]
    [InlineData(VisitStatus.OnSite, false)]
    [InlineData(VisitStatus.SignedOut, true)]
    [InlineData(VisitStatus.Expected, true)]
    public void Only_ended_or_missed_visits_past_the_cut_off_are_due_for_anonymisation(VisitStatus status, bool due)
    {
        var visit = status == VisitStatus.Expected
            ? Visit.PreRegister("Ada", null, null, Host, Now, Now)
            : Visit.SignInWalkIn("Ada", null, "Meeting", Host, "B1", Now);
        if (status == VisitStatus.SignedOut)
        {
            visit.SignOut(Now.AddHours(1));
        }

        Assert.Equal(due, visit.IsDueForAnonymisation(Now.AddDays(30)));
        Assert.False(visit.IsDueForAnonymisation(Now.AddMinutes(-1)));
    }
}
