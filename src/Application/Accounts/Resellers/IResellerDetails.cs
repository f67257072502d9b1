using Groupus.Application.Accounts.Organisations;
using Groupus.Domain.Accounts.Resellers;

namespace Groupus.Application.Accounts.Resellers;

/// <summary>What adding and updating a reseller both carry.</summary>
public interface IResellerDetails
{
    string Name { get; }

    ResellerKind? Kind { get; }

    AddressInput? Address { get; }

    string Email { get; }

    string Phone { get; }

    string AgreementReference { get; }
}
