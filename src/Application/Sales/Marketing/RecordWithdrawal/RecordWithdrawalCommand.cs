using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Sales.Marketing;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Marketing.RecordWithdrawal;

/// <summary>Staff write down a withdrawal told to them (on the phone, in writing, in person). Idempotent, like the unsubscribe link.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record RecordWithdrawalCommand(string Email, ConsentMethod? Method) : ICommand<Result<MarketingSubscriptionDto>>;
