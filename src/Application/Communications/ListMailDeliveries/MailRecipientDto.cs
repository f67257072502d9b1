using Groupus.Domain.Communications.Mail;

namespace Groupus.Application.Communications.ListMailDeliveries;

public sealed record MailRecipientDto(int Position, RecipientOutcome Outcome, int? ReplyCode);
