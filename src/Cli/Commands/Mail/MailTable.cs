using System.Globalization;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;
using ProtoMail = Groupus.Api.Grpc.Communications.V1.Mail;

namespace Groupus.Cli.Commands.Mail;

internal static class MailTable
{
    public static IRenderable Of(IReadOnlyCollection<ProtoMail> mail) =>
        TableBuilder.Build(mail, "No e-mail.",
            ("E-mail", m => m.Id),
            ("Carries", m => $"{m.Source} {m.SourceId}"),
            ("Status", m => MailChoices.State.Word(m.Status)),
            ("Attempts", m => string.Join(", ", m.Attempts.Select(a => a.ReplyCode == 0 ? a.Outcome : $"{a.Outcome} {a.ReplyCode}"))),
            ("Recipients", m => string.Join(", ", m.Recipients.Select(r => r.ReplyCode == 0 ? $"#{r.Position + 1} {r.Outcome}" : $"#{r.Position + 1} {r.Outcome} {r.ReplyCode}"))),
            ("Next attempt", m => m.NextAttemptAt?.ToDateTime().ToString("u", CultureInfo.InvariantCulture) ?? ""),
            ("Message-ID", m => m.MessageId));
}
