namespace Groupus.Infrastructure.Numbering.Canaries;

/// <summary>Planted: Numbering names its own kept table (spared) and a table Customers owns (caught).</summary>
public static class CanaryNumberingSql
{
    public const string Own = "SELECT Id FROM accounts_phone_numbers";
    public const string Theirs = "SELECT Status FROM accounts_organisations";
}
