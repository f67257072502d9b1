namespace Groupus.Domain.Fax;

/// <summary>What a new outbound job is made of: a rendered document stored in the content store, for one number.</summary>
public sealed record FaxJobSubmission(
    Guid OrganisationId,
    Guid SubmittedBy,
    string Destination,
    int Priority,
    FaxResolution Resolution,
    int PageCount,
    Guid DocumentContentId,
    long DocumentBytes,
    string DocumentSha256,
    DateTime? NotBeforeUtc,
    Guid? ResentFromJobId = null);
