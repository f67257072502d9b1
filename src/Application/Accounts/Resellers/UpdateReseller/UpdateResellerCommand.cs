using Groupus.Application.Accounts.Organisations;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Accounts.Resellers;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Accounts.Resellers.UpdateReseller;

/// <summary>Replaces a reseller's details and status (active ⇄ suspended → terminated; terminated is final).</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Billing)]
public sealed record UpdateResellerCommand(
    string ResellerId, string Name, ResellerKind? Kind, AddressInput? Address, string Email, string Phone, string AgreementReference,
    ResellerStatus? Status, long? ExpectedVersion) : ICommand<Result<ResellerDto>>, IResellerDetails;
