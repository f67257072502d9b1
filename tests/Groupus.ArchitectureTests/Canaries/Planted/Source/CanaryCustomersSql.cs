namespace Groupus.Infrastructure.Customers.Canaries;

/// <summary>Planted: Customers names a kept table of its own (spared) and one Identity owns (caught).</summary>
public static class CanaryCustomersSql
{
    public const string Own = "SELECT Id FROM accounts_organisations";
    public const string Theirs = "SELECT SessionVersion FROM accounts_customer_users";
}
