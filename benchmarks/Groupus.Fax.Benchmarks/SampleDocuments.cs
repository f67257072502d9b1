using System.Globalization;
using System.Text;

namespace Groupus.Fax.Benchmarks;

/// <summary>One-page documents made here: a plain-text page and a minimal PDF page (Helvetica text).</summary>
internal static class SampleDocuments
{
    public static byte[] Create(string kind, int serial) => kind switch
    {
        "text" => Text(serial),
        "pdf" => Pdf(serial),
        _ => throw new ArgumentException($"unknown document kind \"{kind}\" (text or pdf)"),
    };

    public static byte[] Text(int serial)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Groupus fax benchmark, document {serial}");
        text.AppendLine();
        for (var line = 1; line <= 20; line++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Line {line}: the quick brown fox jumps over the lazy dog.");
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    public static byte[] Pdf(int serial)
    {
        var content = new StringBuilder("BT /F1 14 Tf 72 760 Td ");
        content.Append(CultureInfo.InvariantCulture, $"(Groupus fax benchmark, document {serial}) Tj");
        for (var line = 1; line <= 20; line++)
        {
            content.Append(CultureInfo.InvariantCulture, $" 0 -24 Td (Line {line}: the quick brown fox jumps over the lazy dog.) Tj");
        }

        content.Append(" ET");
        var stream = content.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
