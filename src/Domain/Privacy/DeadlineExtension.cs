namespace Groupus.Domain.Privacy;

/// <summary>Extra calendar days granted to a deadline, and why.</summary>
public sealed record DeadlineExtension(int Days, string Reason, DateTime GrantedAtUtc);
