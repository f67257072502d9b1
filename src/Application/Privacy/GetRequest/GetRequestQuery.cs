using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.GetRequest;

[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record GetRequestQuery(string RequestId) : IQuery<Result<RequestView>>;
