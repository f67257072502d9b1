using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.DownloadFaxJob;

/// <summary>The pages of a job as they were rendered for sending.</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support)]
public sealed record DownloadFaxJobQuery(string JobId, FaxFileFormat Format) : IQuery<Result<FaxFile>>;
