using Groupus.Application.Common.Contact;
using Groupus.Domain.Partners;

namespace Groupus.Application.Partners;

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
