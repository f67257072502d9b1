using Groupus.Application.Common.Privacy;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Marketing.SendMarketingMessage;

/// <summary>
/// Sends one subscriber a campaign and logs it. Uses their data for marketing, so it is refused (FAILED_PRECONDITION)
/// while they have restricted or objected to that, and when they have withdrawn consent. Delivery is the mailer's job.
/// </summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record SendMarketingMessageCommand(string Email, string Campaign) : ICommand<Result<MarketingSendReceipt>>, IProcessesPersonalData
{
    public ProcessingPurpose Purpose => ProcessingPurpose.Marketing;

    public IReadOnlyCollection<SubjectIdentifier> DataSubjects => [SubjectIdentifier.Email(Email ?? "")];
}
