namespace Groupus.Contracts.Identity;

public sealed record StaffDirectoryEntry(Guid StaffId, string Username, string DisplayName);
