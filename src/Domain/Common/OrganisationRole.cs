namespace Groupus.Domain.Common;

/// <summary>What a customer's user may do within their own organisation.</summary>
public static class OrganisationRole
{
    public const string Owner = "owner";
    public const string Admin = "admin";
    public const string Member = "member";

    public static IReadOnlyList<string> All { get; } = [Owner, Admin, Member];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
