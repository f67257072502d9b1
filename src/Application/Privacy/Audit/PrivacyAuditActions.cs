namespace Groupus.Application.Privacy.Audit;

/// <summary>The action codes written to the privacy audit log.</summary>
public static class PrivacyAuditActions
{
    public const string RecordsOfProcessingGenerated = "ropa.generated";

    public const string ProcessingRestricted = "restriction.placed";

    public const string ProcessingRestrictionLifted = "restriction.lifted";
    public const string SubjectsSearched = "subjects.searched";
    public const string RequestCreated = "request.created";
    public const string RequestDuplicate = "request.duplicate";
    public const string VerificationCodeSent = "request.code-sent";
    public const string IdentityVerified = "request.verified";
    public const string IdentityRefused = "request.verification-refused";
    public const string RequestPaused = "request.paused";
    public const string RequestResumed = "request.resumed";
    public const string RequestExtended = "request.extended";
    public const string RequestRejected = "request.rejected";
    public const string RestrictionLiftRecorded = "request.restriction-lifted";
    public const string RequestPlanned = "request.planned";
    public const string StepDone = "request.step-done";
    public const string ErasureIncomplete = "request.erasure-incomplete";
    public const string RequestReferred = "request.referred";
    public const string ReferralClosed = "request.referral-closed";
    public const string RequestCompleted = "request.completed";
    public const string LegalHoldPlaced = "hold.placed";
    public const string LegalHoldReleased = "hold.released";
    public const string DownloadIssued = "export.download-issued";
    public const string Downloaded = "export.downloaded";
    public const string DownloadRefused = "export.download-refused";
    public const string CertificateRead = "certificate.read";
    public const string ErasureReapplied = "erasure.reapplied";
}
