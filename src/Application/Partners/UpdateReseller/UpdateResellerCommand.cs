using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Partners;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Partners.UpdateReseller;

/// <summary>Replaces a reseller's details and status (active ⇄ suspended → terminated; terminated is final).</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Billing)]
public sealed record UpdateResellerCommand(
    string ResellerId, string Name, ResellerKind? Kind, AddressInput? Address, string Email, string Phone, string AgreementReference,
    ResellerStatus? Status, long? ExpectedVersion) : ICommand<Result<ResellerDto>>, IResellerDetails;
