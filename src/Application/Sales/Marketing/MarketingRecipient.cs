namespace Groupus.Application.Sales.Marketing;

/// <summary>
/// One address a campaign may go to, the person it belongs to in the privacy register (Guid.Empty until the start-up
/// backfill enrols an old subscription), and the token for its unsubscribe link (set by the selection).
/// </summary>
public sealed record MarketingRecipient(Guid SubscriptionId, Guid DataSubjectId, string Email, string? Name, string UnsubscribeToken = "");
