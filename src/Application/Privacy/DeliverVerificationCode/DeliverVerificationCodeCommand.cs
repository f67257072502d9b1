using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.DeliverVerificationCode;

/// <summary>Hands an issued code to communications as a confidential message. The code is never stored, logged or audited.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record DeliverVerificationCodeCommand(string RequestId, SubjectIdentifierKind SendTo, string Address, string Code) : ICommand<Result>;
