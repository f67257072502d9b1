namespace Groupus.Application.Common.Security;

public enum PrincipalKind
{
    None,
    Staff,
    /// <summary>A user of a customer organisation: sees only that organisation's data.</summary>
    Customer,
    /// <summary>A fax gateway machine: may only use the gateway link.</summary>
    Gateway,
    System,
}
