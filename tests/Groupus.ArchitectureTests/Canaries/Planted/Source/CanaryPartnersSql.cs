namespace Groupus.Infrastructure.Partners.Canaries;

/// <summary>Planted: Partners names its own kept table (spared) and a table Identity owns (caught).</summary>
public static class CanaryPartnersSql
{
    public const string Own = "SELECT Id FROM accounts_resellers";
    public const string Theirs = "SELECT Id FROM accounts_staff";
}
