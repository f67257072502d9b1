namespace Groupus.Application.Sales.Marketing;

/// <summary>What an anonymous subscriber is told: when their consent was recorded, nothing else.</summary>
public sealed record SubscriptionReceipt(DateTime ConsentRecordedAtUtc);
