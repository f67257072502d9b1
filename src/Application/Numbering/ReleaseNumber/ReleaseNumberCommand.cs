using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Numbering.ReleaseNumber;

/// <summary>Takes a number back into our pool: the organisation, label and emergency-services record go with it.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record ReleaseNumberCommand(string NumberId, long? ExpectedVersion) : ICommand<Result<PhoneNumberDto>>;
