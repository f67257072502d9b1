using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

/// <summary>Everything about a new job except its document.</summary>
public sealed record FaxJobRequest(
    Guid OrganisationId,
    Guid SubmittedBy,
    string To,
    FaxResolution Resolution,
    FaxCoverPage? Cover,
    int Priority,
    DateTime? NotBeforeUtc);
