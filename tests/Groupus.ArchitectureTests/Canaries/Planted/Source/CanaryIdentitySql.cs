namespace Groupus.Infrastructure.Identity.Canaries;

/// <summary>Planted: Identity names a kept table of its own (spared) and tables Partners, Numbering and Customers own (caught).</summary>
public static class CanaryIdentitySql
{
    public const string GivenAway = "SELECT Id FROM accounts_resellers";
    public const string Own = "SELECT Id FROM accounts_staff";
    public const string GivenToNumbering = "SELECT Id FROM accounts_phone_numbers";
    public const string GivenToCustomers = "SELECT Status FROM accounts_organisations";
}
