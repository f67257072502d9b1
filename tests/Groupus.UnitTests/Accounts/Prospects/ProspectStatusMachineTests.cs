using Groupus.Domain.Sales.Prospects;
using Groupus.Domain.Common;

namespace Groupus.UnitTests.Accounts.Prospects;

public sealed class ProspectStatusMachineTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Staff = Guid.NewGuid();

    private static readonly ProspectContact Contact =
        new("Engines Ltd", "Ada Lovelace", "ada@engines.example.com", "+442079460000", "GB", null, null, null, null);

    public static TheoryData<ProspectStatus, ProspectStatus> Allowed => new()
    {
        { ProspectStatus.New, ProspectStatus.Contacted },
        { ProspectStatus.New, ProspectStatus.Lost },
        { ProspectStatus.Contacted, ProspectStatus.Qualified },
        { ProspectStatus.Contacted, ProspectStatus.Lost },
        { ProspectStatus.Qualified, ProspectStatus.Converted },
        { ProspectStatus.Qualified, ProspectStatus.Lost },
        { ProspectStatus.New, ProspectStatus.New },
        { ProspectStatus.Qualified, ProspectStatus.Qualified },
    };

    public static TheoryData<ProspectStatus, ProspectStatus> Refused => new()
    {
        { ProspectStatus.New, ProspectStatus.Qualified },
        { ProspectStatus.New, ProspectStatus.Converted },
        { ProspectStatus.Contacted, ProspectStatus.New },
        { ProspectStatus.Contacted, ProspectStatus.Converted },
        { ProspectStatus.Qualified, ProspectStatus.Contacted },
        { ProspectStatus.Converted, ProspectStatus.Lost },
        { ProspectStatus.Converted, ProspectStatus.Converted },
        { ProspectStatus.Lost, ProspectStatus.New },
        { ProspectStatus.Lost, ProspectStatus.Lost },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void A_prospect_may_move_along_the_machine(ProspectStatus from, ProspectStatus to) =>
        Assert.False(new ProspectStatusChangeMustBeAllowedRule(from, to).IsBroken());

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_prospect_may_not_skip_go_back_or_leave_a_final_state(ProspectStatus from, ProspectStatus to) =>
        Assert.True(new ProspectStatusChangeMustBeAllowedRule(from, to).IsBroken());

    [Fact]
    public void A_new_enquiry_is_new_and_tells_the_privacy_module()
    {
        var prospect = Prospect.Receive(EnquiryKind.Enquiry, EnquirySource.WebsiteForm, Contact, "Hello", null, Now);

        Assert.Equal(ProspectStatus.New, prospect.Status);
        Assert.IsType<ProspectReceived>(Assert.Single(prospect.DomainEvents));
    }

    [Fact]
    public void Each_follow_up_records_who_when_from_and_to_and_a_note_keeps_the_status()
    {
        var prospect = Prospect.Receive(EnquiryKind.QuoteRequest, EnquirySource.Phone, Contact, "Quote please", Staff, Now);

        prospect.FollowUp(ProspectStatus.Contacted, "Called", null, Staff, Now.AddHours(1));
        prospect.FollowUp(ProspectStatus.Contacted, "Sent brochure", null, Staff, Now.AddHours(2));
        prospect.FollowUp(ProspectStatus.Qualified, null, null, Staff, Now.AddHours(3));

        Assert.Equal(ProspectStatus.Qualified, prospect.Status);
        Assert.Equal(Now.AddHours(3), prospect.StatusChangedAtUtc);
        Assert.Equal(
            [(ProspectStatus.New, ProspectStatus.Contacted, "Called"), (ProspectStatus.Contacted, ProspectStatus.Contacted, "Sent brochure"),
                (ProspectStatus.Contacted, ProspectStatus.Qualified, null)],
            prospect.FollowUps.Select(f => (f.FromStatus, f.ToStatus, f.Note)));
        Assert.All(prospect.FollowUps, f => Assert.Equal(Staff, f.StaffId));
        Assert.Equal(3, prospect.Version);
    }

    [Fact]
    public void Losing_a_prospect_needs_a_reason_and_changes_nothing_without_one()
    {
        var prospect = Prospect.Receive(EnquiryKind.Enquiry, EnquirySource.Event, Contact, "Hi", Staff, Now);

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => prospect.FollowUp(ProspectStatus.Lost, null, " ", Staff, Now));

        Assert.Equal("PROSPECT_LOST_REASON_REQUIRED", broken.Rule.Code);
        Assert.Equal(ProspectStatus.New, prospect.Status);
        Assert.Empty(prospect.FollowUps);

        prospect.FollowUp(ProspectStatus.Lost, null, "No budget", Staff, Now);
        Assert.Equal(("No budget", ProspectStatus.Lost), (prospect.LostReason, prospect.Status));
    }

    [Fact]
    public void A_converted_prospect_takes_no_more_follow_ups()
    {
        var prospect = Prospect.Receive(EnquiryKind.Enquiry, EnquirySource.Referral, Contact, "Hi", Staff, Now);
        prospect.FollowUp(ProspectStatus.Contacted, null, null, Staff, Now);
        prospect.FollowUp(ProspectStatus.Qualified, null, null, Staff, Now);
        prospect.FollowUp(ProspectStatus.Converted, null, null, Staff, Now);

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => prospect.FollowUp(ProspectStatus.Converted, "one more note", null, Staff, Now));

        Assert.Equal("PROSPECT_STATUS_CHANGE_NOT_ALLOWED", broken.Rule.Code);
        Assert.Contains("closed", broken.Rule.Message, StringComparison.Ordinal);
        Assert.Equal(3, prospect.FollowUps.Count);
    }
}
