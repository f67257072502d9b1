using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.DownloadReceivedFax;

[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support)]
public sealed record DownloadReceivedFaxQuery(string FaxId, FaxFileFormat Format) : IQuery<Result<FaxFile>>;
