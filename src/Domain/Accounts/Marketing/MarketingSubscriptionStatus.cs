namespace Groupus.Domain.Accounts.Marketing;

public enum MarketingSubscriptionStatus
{
    Subscribed = 1,
    Unsubscribed = 2,
}
