namespace Groupus.Infrastructure.Accounts.Canaries;

/// <summary>Planted: Accounts names the table it gave to Partners (caught) and its own (spared).</summary>
public static class CanaryAccountsSql
{
    public const string GivenAway = "SELECT Id FROM accounts_resellers";
    public const string Own = "SELECT Id FROM accounts_organisations";
}
