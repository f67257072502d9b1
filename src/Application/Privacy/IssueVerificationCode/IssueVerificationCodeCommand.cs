using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.IssueVerificationCode;

/// <summary>Issues a new one-time code on the request (its hash is what is kept) for an address or number on record.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record IssueVerificationCodeCommand(string RequestId, SubjectIdentifierKind SendTo) : ICommand<Result<IssuedVerificationCode>>;
