namespace Groupus.Application.Accounts.Marketing.SendMarketingMessage;

public sealed record MarketingSendReceipt(Guid SendId, Guid SubscriptionId, DateTime SentAtUtc);
