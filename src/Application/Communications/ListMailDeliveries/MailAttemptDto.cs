using Groupus.Domain.Communications.Mail;

namespace Groupus.Application.Communications.ListMailDeliveries;

public sealed record MailAttemptDto(int Number, DateTime AttemptedAtUtc, MailAttemptOutcome Outcome, int? ReplyCode, int AcceptedRecipients, int RefusedRecipients);
