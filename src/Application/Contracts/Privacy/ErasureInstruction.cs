namespace Groupus.Contracts.Privacy;

/// <summary>The request an erasure is done for, and the time to stamp on what it changes.</summary>
public sealed record ErasureInstruction(Guid RequestId, DateTime NowUtc);
