using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Numbering;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Numbering.ChangeNumberPurpose;

/// <summary>Switches a number between voice and fax; an active voice number turned to fax goes back to assigned.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record ChangeNumberPurposeCommand(string NumberId, NumberPurpose? Purpose, long? ExpectedVersion) : ICommand<Result<PhoneNumberDto>>;
