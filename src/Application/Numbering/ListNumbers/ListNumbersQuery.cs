using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Numbering;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Numbering.ListNumbers;

/// <summary>An organisation's numbers in E.164 order, a page at a time. A customer's user may omit the id for their own.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record ListNumbersQuery(string? OrganisationId, NumberPurpose? Purpose, int PageSize, string? PageToken) : IQuery<Result<NumberPage>>
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
}
