using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Marketing.GetMarketingSubscription;

/// <summary>The subscription for an address: its status, consent history (the proof) and unsubscribe token for the mailer.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support, StaffRole.PrivacyOfficer)]
public sealed record GetMarketingSubscriptionQuery(string Email) : IQuery<Result<MarketingSubscriptionDto>>;
