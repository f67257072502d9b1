using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Fax.Documents;
using Groupus.Domain.Common;
using Groupus.Domain.Fax;
using Mediator;

namespace Groupus.Application.Fax.SubmitFax;

/// <summary>Renders a document to fax pages and queues it for a number. Staff name the organisation; customers send for their own.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.FaxOperator)]
public sealed record SubmitFaxCommand(
    string? OrganisationId,
    string To,
    FaxResolution Resolution,
    FaxCoverPage? Cover,
    int Priority,
    DateTime? NotBeforeUtc,
    ReadOnlyMemory<byte> Document) : ICommand<Result<FaxJobDto>>
{
    public const int MaxPriority = 9;
}
