using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Marketing.SelectMarketingAudience;

/// <summary>
/// Who a marketing campaign may go to now: every subscribed address, less the people who have restricted or objected
/// to processing of their data for marketing (the privacy module's answer, through the register of data subjects).
/// </summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record SelectMarketingAudienceQuery : IQuery<Result<MarketingAudience>>;
