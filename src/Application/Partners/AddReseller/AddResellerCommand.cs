using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Partners;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Partners.AddReseller;

/// <summary>Registers a reseller or distributor under a signed agreement (reference unique); it starts active.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Billing)]
public sealed record AddResellerCommand(
    string Name, ResellerKind? Kind, AddressInput? Address, string Email, string Phone, string AgreementReference) : ICommand<Result<ResellerDto>>, IResellerDetails;
