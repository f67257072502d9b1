namespace Groupus.Infrastructure.Accounts.Canaries;

/// <summary>Planted: Accounts names the tables it gave to Partners and Numbering (caught) and its own (spared).</summary>
public static class CanaryAccountsSql
{
    public const string GivenAway = "SELECT Id FROM accounts_resellers";
    public const string Own = "SELECT Id FROM accounts_organisations";
    public const string GivenToNumbering = "SELECT Id FROM accounts_phone_numbers";
}
