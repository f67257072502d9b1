using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Numbering.ActivateNumber;

/// <summary>Lets a voice number carry calls; refused until its emergency-services address is registered.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record ActivateNumberCommand(string NumberId) : ICommand<Result<PhoneNumberDto>>;
