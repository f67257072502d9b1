using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.SendVerificationCode;

/// <summary>Sends a one-time code to the e-mail address or phone number the request named, if it is on record for the subject.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record SendVerificationCodeCommand(string RequestId, SubjectIdentifierKind SendTo) : ICommand<Result<VerificationCodeSent>>;
