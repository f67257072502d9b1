namespace Groupus.Application.Accounts.Numbers.AssignNumberRange;

public sealed record AssignedRange(string FirstE164, string LastE164, int Count);
