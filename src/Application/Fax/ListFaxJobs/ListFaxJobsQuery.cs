using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Groupus.Domain.Fax;
using Mediator;

namespace Groupus.Application.Fax.ListFaxJobs;

/// <summary>Newest first. Staff may leave the organisation out to see every organisation's jobs.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support)]
public sealed record ListFaxJobsQuery(string? OrganisationId, IReadOnlyCollection<FaxJobState> States, int PageSize, string? PageToken) : IQuery<Result<FaxJobList>>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
