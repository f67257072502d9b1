namespace Groupus.Contracts.Privacy;

/// <summary>How long the data is kept, in words, and as a period when one is fixed.</summary>
public sealed record Retention(string Description, TimeSpan? FixedPeriod);
