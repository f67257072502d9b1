using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Numbering.GetNumber;

/// <summary>One number, by its id or by the number itself (exactly one of the two).</summary>
[OrganisationMemberOrStaff([OrganisationRole.Owner, OrganisationRole.Admin, OrganisationRole.Member], StaffRole.Admin, StaffRole.Support, StaffRole.Billing)]
public sealed record GetNumberQuery(string? NumberId, string? Number) : IQuery<Result<PhoneNumberDto>>;
