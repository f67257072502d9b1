using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.GetErasureCertificate;

/// <summary>The certificate of a completed erasure. Reading it is audited.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record GetErasureCertificateQuery(string RequestId) : IQuery<Result<ErasureCertificate>>;
