using Groupus.Domain.Communications.Mail;

namespace Groupus.Application.Communications.ListMailDeliveries;

/// <summary>An e-mail's status with its attempts and its recipients' outcomes (by position: no address is shown).</summary>
public sealed record MailDeliveryDto(
    Guid Id,
    MailSource Source,
    Guid SourceId,
    string MessageIdHeader,
    MailStatus Status,
    DateTime CreatedAtUtc,
    DateTime? NextAttemptAtUtc,
    DateTime? FinishedAtUtc,
    IReadOnlyList<MailAttemptDto> Attempts,
    IReadOnlyList<MailRecipientDto> Recipients)
{
    public static MailDeliveryDto From(MailDelivery delivery) => new(
        delivery.Id,
        delivery.Source,
        delivery.SourceId,
        delivery.MessageIdHeader,
        delivery.Status,
        delivery.CreatedAtUtc,
        delivery.FinishedAtUtc is null ? delivery.NextAttemptAtUtc : null,
        delivery.FinishedAtUtc,
        [.. delivery.Attempts.OrderBy(a => a.Number).Select(a => new MailAttemptDto(a.Number, a.AttemptedAtUtc, a.Outcome, a.ReplyCode, a.AcceptedRecipients, a.RefusedRecipients))],
        [.. delivery.Recipients.OrderBy(r => r.Position).Select(r => new MailRecipientDto(r.Position, r.Outcome, r.ReplyCode))]);
}
