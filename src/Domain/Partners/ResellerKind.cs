namespace Groupus.Domain.Partners;

public enum ResellerKind
{
    /// <summary>Sells our services to end customers.</summary>
    Reseller = 1,

    /// <summary>Sells to resellers.</summary>
    Distributor = 2,
}
