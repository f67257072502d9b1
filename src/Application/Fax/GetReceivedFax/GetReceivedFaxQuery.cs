using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Fax.GetReceivedFax;

[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.FaxOperator, StaffRole.Support)]
public sealed record GetReceivedFaxQuery(string FaxId) : IQuery<Result<ReceivedFaxDto>>;
