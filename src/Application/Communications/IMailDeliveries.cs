using Groupus.Application.Common.Paging;
using Groupus.Domain.Communications.Mail;

namespace Groupus.Application.Communications;

/// <summary>The e-mails waiting for, or done with, the delivery worker.</summary>
public interface IMailDeliveries
{
    void Add(MailDelivery delivery);

    /// <summary>Newest first, strictly before <paramref name="before"/>; with their attempts and recipients.</summary>
    Task<IReadOnlyList<MailDelivery>> ListAsync(Guid? mailId, MailStatus? status, PageKey? before, int take, CancellationToken cancellationToken);
}
