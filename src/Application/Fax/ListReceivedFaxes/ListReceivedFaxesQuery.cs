using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.ListReceivedFaxes;

/// <summary>Received faxes, newest first. Staff may leave the organisation out to see every routed fax.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support)]
public sealed record ListReceivedFaxesQuery(string? OrganisationId, int PageSize, string? PageToken) : IQuery<Result<ReceivedFaxList>>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
