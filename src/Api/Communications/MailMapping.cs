using Groupus.Api.Grpc.Communications.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Communications.ListMailDeliveries;

namespace Groupus.Api.Communications;

internal static class MailMapping
{
    public static Mail ToProto(this MailDeliveryDto delivery)
    {
        var mail = new Mail
        {
            Id = delivery.Id.ToString(),
            Source = Kebab(delivery.Source.ToString()),
            SourceId = delivery.SourceId.ToString(),
            MessageId = delivery.MessageIdHeader,
            Status = CommunicationsEnumMaps.MailStatus.ToProto(delivery.Status),
            CreatedAt = delivery.CreatedAtUtc.ToTimestamp(),
            NextAttemptAt = delivery.NextAttemptAtUtc?.ToTimestamp(),
            FinishedAt = delivery.FinishedAtUtc?.ToTimestamp(),
            Attempts =
            {
                delivery.Attempts.Select(a => new MailAttempt
                {
                    Number = a.Number,
                    AttemptedAt = a.AttemptedAtUtc.ToTimestamp(),
                    Outcome = Kebab(a.Outcome.ToString()),
                    ReplyCode = a.ReplyCode ?? 0,
                    AcceptedRecipients = a.AcceptedRecipients,
                    RefusedRecipients = a.RefusedRecipients,
                }),
            },
            Recipients = { delivery.Recipients.Select(r => new MailRecipient { Position = r.Position, Outcome = Kebab(r.Outcome.ToString()), ReplyCode = r.ReplyCode ?? 0 }) },
        };
        return mail;
    }

    private static string Kebab(string pascal) => string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
