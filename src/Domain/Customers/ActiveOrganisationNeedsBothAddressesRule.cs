using Groupus.Domain.Common;

namespace Groupus.Domain.Customers;

public sealed class ActiveOrganisationNeedsBothAddressesRule(PostalAddress? billing, PostalAddress? installation) : IBusinessRule
{
    public string Code => "ORGANISATION_ADDRESSES_REQUIRED";

    public string Message => "An organisation needs a billing and an installation address before it can be activated.";

    public bool IsBroken() => billing is null || installation is null;
}
