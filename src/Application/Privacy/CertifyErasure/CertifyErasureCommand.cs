using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.CertifyErasure;

/// <summary>Issues the certificate of a completed erasure, tied to its completion audit row; does nothing when it exists.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record CertifyErasureCommand(string RequestId) : ICommand<Result>;
