namespace Groupus.Domain.Sales.Marketing;

public enum MarketingSubscriptionStatus
{
    Subscribed = 1,
    Unsubscribed = 2,
}
