using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Groupus.Domain.Communications.Mail;
using Mediator;

namespace Groupus.Application.Communications.ListMailDeliveries;

/// <summary>E-mails and where they stand, newest first; one e-mail when <see cref="MailId"/> names it.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record ListMailDeliveriesQuery(string? MailId, MailStatus? Status, int PageSize, string? PageToken) : IQuery<Result<MailDeliveryPage>>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
