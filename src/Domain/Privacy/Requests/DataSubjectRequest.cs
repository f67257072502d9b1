using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>
/// A person's request to exercise a right over their data. It moves received → identity check → in progress →
/// (waiting for the subject | referred) → completed or rejected; its response deadline runs from receipt, stands still
/// while we wait for the subject and can be extended with a reason. Running it follows a step journal planned once,
/// so a run cut short by a crash resumes where it stopped. While it is open its <see cref="ActiveKey"/> holds the
/// subject and type, which the database keeps unique: one active request per subject and type. What it holds about the
/// person (the identifiers it was made under, corrections, notes) is sealed under the subject's key like any module's
/// personal data: a copy of the database kept from before an erasure does not give it back.
/// </summary>
public sealed class DataSubjectRequest : AggregateRoot, IHasDataSubject
{
    private const string CodeSentEvent = "verification-code-sent";
    private readonly List<NamedIdentifier> _namedAs = [];
    private readonly List<FieldCorrection> _corrections = [];
    private readonly List<RequestStep> _steps = [];
    private readonly List<Referral> _referrals = [];
    private readonly List<RequestEvent> _history = [];

    private DataSubjectRequest()
    {
    }

    public Guid SubjectId { get; private set; }

    /// <summary>
    /// Further subjects the privacy officer confirmed are the same requester (the register never joins people on a
    /// shared phone or a name, so one person may be several subjects); the request covers them all.
    /// </summary>
    [NotPersonalData("the register's random subject ids, like SubjectId")]
    public List<Guid> AlsoSubjectIds { get; private set; } = [];

    /// <summary>Every subject the request covers, the one it is filed under first.</summary>
    public IReadOnlyList<Guid> SubjectIds => [SubjectId, .. AlsoSubjectIds];

    public DataSubjectRequestType Type { get; private set; }

    public DataSubjectRequestStatus Status { get; private set; }

    /// <summary>The status to return to when the subject answers.</summary>
    public DataSubjectRequestStatus? StatusBeforeWaiting { get; private set; }

    /// <summary>"subject:type" while the request is open, null once it is closed; unique in the database.</summary>
    [NotPersonalData("the subject's id and the request type")]
    public string? ActiveKey { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    [NotPersonalData("a channel code: email, letter, phone, web-form, in-person")]
    public string Channel { get; private set; } = "";

    [PersonalData(PersonalDataCategory.Identification, PersonalDataCategory.Contact)]
    public string? Notes { get; private set; }

    public IReadOnlyList<NamedIdentifier> NamedAs => _namedAs;

    /// <summary>Rectification: field name → corrected value.</summary>
    public IReadOnlyDictionary<string, string> Corrections => _corrections.ToDictionary(c => c.Field, c => c.Value, StringComparer.Ordinal);

    Guid IHasDataSubject.DataSubjectId => SubjectId;

    [NotPersonalData("processing purpose codes")]
    public List<string> Purposes { get; private set; } = [];

    public int ResponseDays { get; private set; }

    public int MaxExtensionDays { get; private set; }

    public int DueSoonDays { get; private set; }

    public List<DeadlinePause> Pauses { get; private set; } = [];

    /// <summary>Stored without their reasons: a reason is free text, kept once, sealed, in the history.</summary>
    [NotPersonalData("extension days and dates")]
    public List<DeadlineExtension> Extensions { get; private set; } = [];

    /// <summary>The due day (denormalised from the deadline for listing); null while paused.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>The due day missed before a pause or an extension (denormalised from the deadline for listing): overdue until answered.</summary>
    public DateOnly? MissedDueOn { get; private set; }

    [NotPersonalData("random salt, hex")]
    public string? CodeSalt { get; private set; }

    [NotPersonalData("salted SHA-256 of the one-time code, hex")]
    public string? CodeHash { get; private set; }

    public DateTime? CodeExpiresAtUtc { get; private set; }

    public int CodeAttemptsLeft { get; private set; }

    [NotPersonalData("an identifier kind: Email or Phone")]
    public string? CodeSentTo { get; private set; }

    public DateTime? IdentityVerifiedAtUtc { get; private set; }

    /// <summary>Free text staff typed: sealed under the subject's key.</summary>
    [PersonalData(PersonalDataCategory.Identification, PersonalDataCategory.Contact)]
    public string? RejectionReason { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    public IReadOnlyList<RequestStep> Steps => _steps;

    public IReadOnlyList<Referral> Referrals => _referrals;

    public IReadOnlyList<RequestEvent> History => _history;

    public bool IsOpen => Status is not (DataSubjectRequestStatus.Completed or DataSubjectRequestStatus.Rejected);

    public bool IsIdentityVerified => IdentityVerifiedAtUtc is not null;

    public ResponseDeadline Deadline => ResponseDeadline.Restore(
        DateOnly.FromDateTime(ReceivedAtUtc), new ResponseDeadlinePolicy(ResponseDays, MaxExtensionDays, DueSoonDays), Pauses, Extensions);

    public static string ActiveKeyOf(Guid subjectId, DataSubjectRequestType type) => $"{subjectId:N}:{type}";

    public static DataSubjectRequest Receive(
        Guid subjectId,
        IReadOnlyList<Guid> alsoSubjectIds,
        DataSubjectRequestType type,
        DateTime receivedAtUtc,
        string channel,
        IReadOnlyList<NamedIdentifier> namedAs,
        IReadOnlyDictionary<string, string> corrections,
        IReadOnlyList<string> purposes,
        string? notes,
        ResponseDeadlinePolicy policy,
        string actor,
        DateTime nowUtc)
    {
        var request = new DataSubjectRequest
        {
            Id = Guid.CreateVersion7(),
            SubjectId = subjectId,
            AlsoSubjectIds = [.. alsoSubjectIds.Where(id => id != subjectId).Distinct()],
            Type = type,
            Status = DataSubjectRequestStatus.Received,
            ActiveKey = ActiveKeyOf(subjectId, type),
            ReceivedAtUtc = receivedAtUtc,
            CreatedAtUtc = nowUtc,
            Channel = channel,
            Notes = notes,
            Purposes = [.. purposes],
            ResponseDays = policy.ResponseDays,
            MaxExtensionDays = policy.MaxExtensionDays,
            DueSoonDays = policy.DueSoonDays,
        };
        request._namedAs.AddRange(namedAs);
        request._corrections.AddRange(corrections.Select(c => new FieldCorrection(c.Key, c.Value)));
        request.DueOn = request.Deadline.DueOn;
        request.Record(nowUtc, actor, "received", null);
        return request;
    }

    /// <summary>
    /// Issues a new one-time code (any earlier one stops working) and returns it, for delivery only: it is kept as a
    /// hash. With a <paramref name="limit"/>, at most that many codes go out per window, counted from the history.
    /// </summary>
    public string IssueVerificationCode(
        string sendTo, int digits, TimeSpan validity, int attempts, DateTime nowUtc, string actor, (int Limit, TimeSpan Window)? limit = null)
    {
        CheckRule(new RequestMustBeOpenRule(Status));
        CheckRule(new RequestMustNotBeWaitingRule(Status));
        CheckRule(new IdentityMustNotBeVerifiedAlreadyRule(IdentityVerifiedAtUtc));
        if (limit is var (max, window))
        {
            CheckRule(new VerificationCodesMustStayWithinLimitRule(_history.Count(e => e.What == CodeSentEvent && e.AtUtc > nowUtc - window), max, window));
        }
        var code = VerificationCode.Generate(digits);
        CodeSalt = VerificationCode.NewSalt();
        CodeHash = VerificationCode.Hash(code, CodeSalt);
        CodeExpiresAtUtc = nowUtc + validity;
        CodeAttemptsLeft = attempts;
        CodeSentTo = sendTo;
        Status = DataSubjectRequestStatus.IdentityCheck;
        Record(nowUtc, actor, CodeSentEvent, sendTo.ToLowerInvariant());
        MarkChanged();
        return code;
    }

    /// <summary>
    /// Checks a code the subject gave. A wrong code uses up an attempt; once none are left, or the code has expired, a
    /// new code must be sent. The outcome is recorded either way.
    /// </summary>
    public IdentityCheckOutcome VerifyIdentity(string code, DateTime nowUtc, string actor)
    {
        CheckRule(new RequestMustBeOpenRule(Status));
        CheckRule(new IdentityMustNotBeVerifiedAlreadyRule(IdentityVerifiedAtUtc));
        CheckRule(new VerificationCodeMustHaveBeenSentRule(CodeHash));
        MarkChanged();
        if (CodeAttemptsLeft <= 0)
        {
            Record(nowUtc, actor, "verification-refused", "no attempts left");
            return IdentityCheckOutcome.NoAttemptsLeft;
        }

        if (nowUtc >= CodeExpiresAtUtc)
        {
            Record(nowUtc, actor, "verification-refused", "code expired");
            return IdentityCheckOutcome.Expired;
        }

        if (!VerificationCode.Matches(code, CodeSalt!, CodeHash!))
        {
            CodeAttemptsLeft--;
            Record(nowUtc, actor, "verification-refused", "wrong code");
            return CodeAttemptsLeft == 0 ? IdentityCheckOutcome.NoAttemptsLeft : IdentityCheckOutcome.WrongCode;
        }

        IdentityVerifiedAtUtc = nowUtc;
        CodeHash = null;
        CodeSalt = null;
        CodeAttemptsLeft = 0;
        if (Status != DataSubjectRequestStatus.WaitingForSubject)
        {
            Status = DataSubjectRequestStatus.InProgress;
        }

        Record(nowUtc, actor, "identity-verified", null);
        return IdentityCheckOutcome.Verified;
    }

    /// <summary>Records that the restriction or objection this request placed was lifted, and why.</summary>
    public void RecordRestrictionLifted(string reason, DateTime nowUtc, string actor)
    {
        CheckRule(new OnlyAnAppliedRestrictionCanBeLiftedRule(Type, Status));
        Record(nowUtc, actor, "restriction-lifted", reason);
        MarkChanged();
    }

    public void WaitForSubject(string? reason, DateTime nowUtc, string actor)
    {
        CheckRule(new RequestMustBeOpenRule(Status));
        CheckRule(new PauseNeedsAReasonRule(reason));
        CheckRule(new RequestMustNotBeWaitingRule(Status));
        var deadline = Deadline;
        deadline.Pause(nowUtc);
        StatusBeforeWaiting = Status;
        Status = DataSubjectRequestStatus.WaitingForSubject;
        StoreDeadline(deadline);
        Record(nowUtc, actor, "paused", reason!.Trim());
    }

    public void Resume(DateTime nowUtc, string actor)
    {
        CheckRule(new RequestMustBeWaitingToResumeRule(Status));
        var deadline = Deadline;
        deadline.Resume(nowUtc);
        Status = StatusBeforeWaiting ?? DataSubjectRequestStatus.Received;
        StatusBeforeWaiting = null;
        StoreDeadline(deadline);
        Record(nowUtc, actor, "resumed", null);
    }

    public void Extend(int days, string? reason, DateTime nowUtc, string actor)
    {
        CheckRule(new RequestMustBeOpenRule(Status));
        var deadline = Deadline;
        deadline.Extend(days, reason, nowUtc);
        StoreDeadline(deadline);
        Record(nowUtc, actor, "extended", $"{days} day(s): {reason!.Trim()}");
    }

    public void Reject(string? reason, DateTime nowUtc, string actor)
    {
        CheckRule(new RequestMustBeOpenRule(Status));
        CheckRule(new RejectionNeedsAReasonRule(reason));
        Status = DataSubjectRequestStatus.Rejected;
        RejectionReason = reason!.Trim();
        CompletedAtUtc = nowUtc;
        ActiveKey = null;
        Record(nowUtc, actor, "rejected", RejectionReason);
        MarkChanged();
    }

    /// <summary>Checks the request may run now (verified, in progress, not under a hold when erasing).</summary>
    public void CheckCanRun(int activeLegalHolds)
    {
        CheckRule(new RequestMustBeOpenRule(Status));
        CheckRule(new IdentityMustBeVerifiedToRunRule(IdentityVerifiedAtUtc));
        CheckRule(new RequestMustBeInProgressToRunRule(Status));
        if (Type == DataSubjectRequestType.Erasure)
        {
            CheckRule(new ErasureMustNotBeUnderLegalHoldRule(activeLegalHolds));
        }
    }

    public bool IsPlanned => _steps.Count > 0;

    /// <summary>Writes the plan once: the steps in the order they run, and the referrals for data customers control.</summary>
    public void Plan(IReadOnlyList<(string Module, RequestStepAction Action)> steps, IReadOnlyList<PlannedReferral> referrals, DateTime nowUtc, string actor)
    {
        if (IsPlanned)
        {
            return;
        }

        for (var i = 0; i < steps.Count; i++)
        {
            _steps.Add(RequestStep.Plan(Id, i + 1, steps[i].Module, steps[i].Action));
        }

        foreach (var referral in referrals)
        {
            _referrals.Add(Referral.To(Id, referral.OrganisationId, referral.Module, referral.RecordType, referral.RecordCount, nowUtc));
            Record(nowUtc, actor, "referred", $"organisation {referral.OrganisationId}");
        }

        Record(nowUtc, actor, "planned", $"{steps.Count} step(s), {referrals.Count} referral(s)");
        MarkChanged();
    }

    /// <summary>
    /// Notes that a step begins (again): how many times it was started, and on the first start what the module held
    /// then, so a step that ran again after a crash can still say what the lost run did.
    /// </summary>
    public void StartStep(Guid stepId, string? foundBefore)
    {
        _steps.Single(s => s.Id == stepId).Start(foundBefore);
        MarkChanged();
    }

    public void MarkStepDone(Guid stepId, DateTime nowUtc, Guid? resultContentId, string? outcome)
    {
        var step = _steps.Single(s => s.Id == stepId);
        step.MarkDone(nowUtc, resultContentId, outcome);
        MarkChanged();
    }

    public void ReopenStep(Guid stepId)
    {
        _steps.Single(s => s.Id == stepId).Reopen();
        MarkChanged();
    }

    /// <summary>Every step is done: completed, or referred while a customer still has to answer.</summary>
    public void FinishSteps(DateTime nowUtc, string actor)
    {
        CheckRule(new RequestMustBeOpenRule(Status));
        CheckRule(new StepsMustAllBeDoneToCompleteRule(_steps.Count(s => !s.IsDone)));
        if (_referrals.Any(r => r.IsOpen))
        {
            if (Status != DataSubjectRequestStatus.Referred)
            {
                Status = DataSubjectRequestStatus.Referred;
                Record(nowUtc, actor, "awaiting-referrals", null);
                MarkChanged();
            }

            return;
        }

        Complete(nowUtc, actor);
    }

    public void CloseReferral(Guid organisationId, string outcome, DateTime nowUtc, string actor)
    {
        CheckRule(new RequestMustBeOpenRule(Status));
        var referral = _referrals.FirstOrDefault(r => r.OrganisationId == organisationId && r.IsOpen);
        CheckRule(new ReferralMustBeOpenRule(referral));
        referral!.Close(outcome.Trim(), nowUtc);
        Record(nowUtc, actor, "referral-closed", $"organisation {organisationId}");
        MarkChanged();
        if (Status == DataSubjectRequestStatus.Referred && _referrals.All(r => !r.IsOpen) && _steps.All(s => s.IsDone))
        {
            Complete(nowUtc, actor);
        }
    }

    /// <summary>After an erasure, the identifiers and notes the request itself held about the person are dropped too.</summary>
    public void ForgetPersonalDetails()
    {
        _namedAs.Clear();
        _corrections.Clear();
        Notes = null;
        MarkChanged();
    }

    private void Complete(DateTime nowUtc, string actor)
    {
        Status = DataSubjectRequestStatus.Completed;
        CompletedAtUtc = nowUtc;
        ActiveKey = null;
        Record(nowUtc, actor, "completed", null);
        MarkChanged();
    }

    private void StoreDeadline(ResponseDeadline deadline)
    {
        Pauses = [.. deadline.Pauses];
        Extensions = [.. deadline.Extensions.Select(e => e with { Reason = "" })];
        DueOn = deadline.DueOn;
        MissedDueOn = deadline.MissedDueOn;
        MarkChanged();
    }

    private void Record(DateTime nowUtc, string actor, string what, string? reason) => _history.Add(RequestEvent.Of(Id, SubjectId, nowUtc, actor, what, reason));
}
