using System.Globalization;
using System.Text;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.GetErasureCertificate;

/// <summary>The certificate as plain text, for the subject's letter and the file.</summary>
public static class ErasureCertificateText
{
    public static string Render(ErasureCertificate certificate)
    {
        var text = new StringBuilder();
        text.AppendLine("ERASURE CERTIFICATE")
            .AppendLine(CultureInfo.InvariantCulture, $"Request:      {certificate.RequestId}")
            .AppendLine(CultureInfo.InvariantCulture, $"Subject:      {certificate.SubjectId}")
            .AppendLine(CultureInfo.InvariantCulture, $"Completed:    {certificate.CompletedAtUtc:yyyy-MM-dd HH:mm:ss} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"Subject key:  {(certificate.SubjectKeyDestroyed ? "destroyed" : "not destroyed")}")
            .AppendLine(CultureInfo.InvariantCulture, $"Audit row:    {certificate.AuditSequence} ({certificate.AuditHash})")
            .AppendLine()
            .AppendLine("Module          Record type             Category                Action                        Count  Legal obligation");
        foreach (var line in certificate.Lines.OrderBy(l => l.Module, StringComparer.Ordinal).ThenBy(l => l.RecordType, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{line.Module,-15} {line.RecordType,-23} {line.Category,-23} {line.Action,-29} {line.RecordCount,5}  {line.LegalObligation ?? "-"}");
            if (line.Note is { } note)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"                Note: {note}");
            }
        }

        return text.ToString();
    }
}
