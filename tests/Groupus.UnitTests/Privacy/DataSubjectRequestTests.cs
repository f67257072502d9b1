using Groupus.Domain.Common;
using Groupus.Domain.Privacy;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.UnitTests.Privacy;

public sealed class DataSubjectRequestTests
{
    private static readonly DateTime Now = new(2028, 2, 28, 9, 0, 0, DateTimeKind.Utc);

    private static DataSubjectRequest NewRequest(DataSubjectRequestType type = DataSubjectRequestType.Erasure) =>
        DataSubjectRequest.Receive(Guid.NewGuid(), [], type, Now, "email", [new NamedIdentifier("Email", "a@example.com")], new Dictionary<string, string>(), [], null, ResponseDeadlinePolicy.Default, "staff:1", Now);

    [Fact]
    public void A_new_request_is_received_active_and_due_45_days_later_across_a_leap_day()
    {
        var request = NewRequest();

        Assert.Equal(DataSubjectRequestStatus.Received, request.Status);
        Assert.NotNull(request.ActiveKey);
        Assert.Equal(new DateOnly(2028, 4, 13), request.DueOn);
    }

    [Fact]
    public void A_request_cannot_run_before_the_identity_is_verified()
    {
        var request = NewRequest();

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => request.CheckCanRun(0));
        Assert.Equal("IDENTITY_NOT_VERIFIED", broken.Rule.Code);
    }

    [Fact]
    public void A_right_code_verifies_and_moves_the_request_in_progress()
    {
        var request = NewRequest();
        var code = request.IssueVerificationCode("Email", 6, TimeSpan.FromMinutes(15), 5, Now, "staff:1");

        Assert.Equal(IdentityCheckOutcome.Verified, request.VerifyIdentity(code, Now.AddMinutes(1), "staff:1"));
        Assert.Equal(DataSubjectRequestStatus.InProgress, request.Status);
        Assert.Null(request.CodeHash);
    }

    [Fact]
    public void Wrong_codes_use_up_attempts_and_an_expired_code_is_refused()
    {
        var request = NewRequest();
        var code = request.IssueVerificationCode("Email", 6, TimeSpan.FromMinutes(15), 2, Now, "staff:1");
        var wrong = code == "000000" ? "111111" : "000000";

        Assert.Equal(IdentityCheckOutcome.WrongCode, request.VerifyIdentity(wrong, Now, "staff:1"));
        Assert.Equal(IdentityCheckOutcome.NoAttemptsLeft, request.VerifyIdentity(wrong, Now, "staff:1"));
        Assert.Equal(IdentityCheckOutcome.NoAttemptsLeft, request.VerifyIdentity(code, Now, "staff:1"));

        var again = request.IssueVerificationCode("Email", 6, TimeSpan.FromMinutes(15), 2, Now, "staff:1");
        Assert.Equal(IdentityCheckOutcome.Expired, request.VerifyIdentity(again, Now.AddMinutes(15), "staff:1"));
    }

    [Fact]
    public void Codes_are_six_digits_or_more_and_kept_only_as_a_hash()
    {
        var request = NewRequest();
        var code = request.IssueVerificationCode("Email", 4, TimeSpan.FromMinutes(15), 5, Now, "staff:1");

        Assert.Matches("^[0-9]{6}$", code);
        Assert.DoesNotContain(code, request.CodeHash!, StringComparison.Ordinal);
    }

    [Fact]
    public void Waiting_for_the_subject_stops_the_clock_and_resuming_returns_to_the_status_before()
    {
        var request = NewRequest();
        request.WaitForSubject("asked for proof of address", Now, "staff:1");
        Assert.Null(request.DueOn);
        Assert.Equal(DataSubjectRequestStatus.WaitingForSubject, request.Status);

        request.Resume(Now.AddDays(5), "staff:1");

        Assert.Equal(DataSubjectRequestStatus.Received, request.Status);
        Assert.Equal(new DateOnly(2028, 4, 18), request.DueOn);
    }

    [Fact]
    public void An_extension_needs_a_reason_and_moves_the_due_date()
    {
        var request = NewRequest();

        Assert.Equal("DEADLINE_EXTENSION_NEEDS_REASON", Assert.Throws<BusinessRuleBrokenException>(() => request.Extend(10, " ", Now, "staff:1")).Rule.Code);
        request.Extend(10, "complex", Now, "staff:1");
        Assert.Equal(new DateOnly(2028, 4, 23), request.DueOn);
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_frees_the_active_key()
    {
        var request = NewRequest();

        Assert.Throws<BusinessRuleBrokenException>(() => request.Reject("", Now, "staff:1"));
        request.Reject("unfounded", Now, "staff:1");

        Assert.Equal(DataSubjectRequestStatus.Rejected, request.Status);
        Assert.Null(request.ActiveKey);
        Assert.Throws<BusinessRuleBrokenException>(() => request.Extend(1, "late", Now, "staff:1"));
    }

    [Fact]
    public void An_erasure_under_a_legal_hold_cannot_run()
    {
        var request = NewRequest();
        var code = request.IssueVerificationCode("Email", 6, TimeSpan.FromMinutes(15), 5, Now, "staff:1");
        request.VerifyIdentity(code, Now, "staff:1");

        Assert.Equal("ERASURE_UNDER_LEGAL_HOLD", Assert.Throws<BusinessRuleBrokenException>(() => request.CheckCanRun(1)).Rule.Code);
    }

    [Fact]
    public void A_request_completes_only_when_every_step_is_done_and_every_referral_closed()
    {
        var request = NewRequest();
        var organisation = Guid.NewGuid();
        request.Plan([("alpha", RequestStepAction.Erase), ("privacy", RequestStepAction.DestroyKey)], [new PlannedReferral(organisation, "fax", "fax", 2)], Now, "system");

        Assert.Throws<BusinessRuleBrokenException>(() => request.FinishSteps(Now, "system"));
        foreach (var step in request.Steps)
        {
            request.MarkStepDone(step.Id, Now, null, null);
        }

        request.FinishSteps(Now, "system");
        Assert.Equal(DataSubjectRequestStatus.Referred, request.Status);
        request.CloseReferral(organisation, "answered", Now, "staff:1");
        Assert.Equal(DataSubjectRequestStatus.Completed, request.Status);
        Assert.Null(request.ActiveKey);
    }
}
