namespace Groupus.Application.Sales.Marketing.Unsubscribe;

/// <summary>When consent was withdrawn, and whether it had already been before this call.</summary>
public sealed record UnsubscribeOutcome(bool AlreadyUnsubscribed, DateTime UnsubscribedAtUtc);
