using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Numbering;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Numbering.AssignNumber;

/// <summary>Gives a number from our pool to an organisation. The number may be typed in national or international form.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record AssignNumberCommand(string OrganisationId, string Number, NumberPurpose? Purpose, string? Label)
    : ICommand<Result<PhoneNumberDto>>;
