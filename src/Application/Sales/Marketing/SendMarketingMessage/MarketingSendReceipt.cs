namespace Groupus.Application.Sales.Marketing.SendMarketingMessage;

public sealed record MarketingSendReceipt(Guid SendId, Guid SubscriptionId, DateTime SentAtUtc);
