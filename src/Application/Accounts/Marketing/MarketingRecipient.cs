namespace Groupus.Application.Accounts.Marketing;

/// <summary>One address a campaign may go to, with the token for its unsubscribe link (set by the selection).</summary>
public sealed record MarketingRecipient(Guid SubscriptionId, string Email, string? Name, string UnsubscribeToken = "");
