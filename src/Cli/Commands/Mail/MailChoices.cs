using Groupus.Api.Grpc.Communications.V1;
using Groupus.Cli.Commands.Prospects;

namespace Groupus.Cli.Commands.Mail;

internal static class MailChoices
{
    public static readonly Choice<MailStatus> State = new(new Dictionary<string, MailStatus>
    {
        ["pending"] = MailStatus.Pending,
        ["sending"] = MailStatus.Sending,
        ["delivered"] = MailStatus.Delivered,
        ["partially-delivered"] = MailStatus.PartiallyDelivered,
        ["failed"] = MailStatus.Failed,
        ["unknown"] = MailStatus.Unknown,
    });
}
