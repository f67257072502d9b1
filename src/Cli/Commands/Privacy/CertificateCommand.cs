using System.CommandLine;
using System.Globalization;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class CertificateCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();

    public CertificateCommand(CommandRunner runner)
        : base("certificate", "The erasure certificate of a completed erasure: module, category and action taken (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var certificate = await client.Privacy.GetErasureCertificateAsync(new GetErasureCertificateRequest { RequestId = context.Get(requestId) });
            context.Output.Show(
                certificate,
                Say.Line($"Erasure certificate for request {certificate.RequestId} (subject {certificate.SubjectId}), completed {context.Time.Full(certificate.CompletedAt)}"),
                TableBuilder.Build(certificate.Lines, "Nothing was held.",
                    ("Module", l => l.Module),
                    ("Records", l => l.RecordType),
                    ("Category", l => l.Category),
                    ("Action", l => l.Action.ToLowerInvariant().Replace('_', ' ')),
                    ("Count", l => l.RecordCount.ToString(CultureInfo.InvariantCulture)),
                    ("Legal obligation", l => l.LegalObligation),
                    ("Note", l => l.Note)),
                Say.Line($"Subject key destroyed: {(certificate.SubjectKeyDestroyed ? "yes" : "no")}"),
                Say.Line(string.Create(CultureInfo.InvariantCulture, $"Audit row {certificate.AuditSequence}, hash {certificate.AuditHash}")));
        });
    }
}
