using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts.Marketing;

public sealed record MarketingConsentWithdrawal(Guid SubscriptionId, Guid ConsentId, ConsentMethod Method, DateTime OccurredAtUtc) : IDomainEvent;
