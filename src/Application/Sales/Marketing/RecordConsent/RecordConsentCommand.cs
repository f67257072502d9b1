using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Sales.Marketing;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Marketing.RecordConsent;

/// <summary>Staff write down consent given to them (on the phone, at an event, in writing, in person) with the notice version and wording used.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record RecordConsentCommand(string Email, string? Name, ConsentMethod? Method, string NoticeVersion, string Wording)
    : ICommand<Result<MarketingSubscriptionDto>>;
