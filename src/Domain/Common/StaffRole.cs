namespace Groupus.Domain.Common;

/// <summary>The roles a member of staff can hold in the back office.</summary>
public static class StaffRole
{
    public const string Admin = "admin";
    public const string Reception = "reception";
    public const string Billing = "billing";
    public const string FaxOperator = "fax-operator";
    public const string PrivacyOfficer = "privacy-officer";
    public const string Support = "support";

    public static IReadOnlyList<string> All { get; } = [Admin, Reception, Billing, FaxOperator, PrivacyOfficer, Support];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
