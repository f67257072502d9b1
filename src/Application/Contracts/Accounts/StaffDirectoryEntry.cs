namespace Groupus.Contracts.Accounts;

public sealed record StaffDirectoryEntry(Guid StaffId, string Username, string DisplayName);
