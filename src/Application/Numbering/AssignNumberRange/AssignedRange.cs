namespace Groupus.Application.Numbering.AssignNumberRange;

public sealed record AssignedRange(string FirstE164, string LastE164, int Count);
