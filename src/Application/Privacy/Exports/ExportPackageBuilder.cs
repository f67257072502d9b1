using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Exports;

/// <summary>
/// The package a subject receives: data.json (following schema.json), one CSV per module and record type, a readable
/// index.html (every value HTML-encoded), and the content files modules returned under content/.
/// </summary>
public static class ExportPackageBuilder
{
    public static byte[] Build(DataSubjectRequest request, IReadOnlyList<ModuleExport> exports, DateTime nowUtc)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var modules = new List<object>();
            foreach (var export in exports.OrderBy(e => e.Module, StringComparer.Ordinal))
            {
                var files = new List<object>();
                foreach (var file in export.Content)
                {
                    var path = $"content/{Safe(export.Module)}/{Safe(file.RecordId)}/{Safe(file.FileName)}";
                    Write(zip, path, file.Bytes.Span);
                    files.Add(new
                    {
                        recordType = file.RecordType,
                        recordId = file.RecordId,
                        fileName = file.FileName,
                        mediaType = file.MediaType,
                        path,
                        sizeBytes = (long)file.Bytes.Length,
                        sha256 = Convert.ToHexString(SHA256.HashData(file.Bytes.Span)).ToLowerInvariant(),
                    });
                }

                foreach (var group in export.Records.GroupBy(r => r.RecordType))
                {
                    Write(zip, $"csv/{Safe(export.Module)}-{Safe(group.Key)}.csv", Encoding.UTF8.GetBytes(Csv(group.ToList())));
                }

                modules.Add(new
                {
                    module = export.Module,
                    records = export.Records.Select(r => new { recordType = r.RecordType, recordId = r.RecordId, fields = r.Fields }).ToList(),
                    files,
                });
            }

            var data = new
            {
                schemaVersion = "1",
                requestId = request.Id.ToString(),
                requestType = request.Type == DataSubjectRequestType.Portability ? "portability" : "access",
                generatedAt = nowUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                modules,
            };
            Write(zip, "data.json", JsonSerializer.SerializeToUtf8Bytes(data, new JsonSerializerOptions { WriteIndented = true }));
            Write(zip, "schema.json", Encoding.UTF8.GetBytes(ExportSchema.Json));
            Write(zip, "index.html", Encoding.UTF8.GetBytes(Html(request, exports, nowUtc)));
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string path, ReadOnlySpan<byte> bytes)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    /// <summary>RFC 4180: every value quoted, quotes doubled; a leading =,+,-,@ is prefixed with ' so spreadsheets do not run it.</summary>
    private static string Csv(IReadOnlyList<ExportedRecord> records)
    {
        var columns = records.SelectMany(r => r.Fields.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder();
        csv.AppendJoin(',', new[] { "recordId" }.Concat(columns).Select(Quote)).Append("\r\n");
        foreach (var record in records)
        {
            csv.AppendJoin(',', new[] { record.RecordId }.Concat(columns.Select(c => record.Fields.GetValueOrDefault(c) ?? "")).Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Quote(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Html(DataSubjectRequest request, IReadOnlyList<ModuleExport> exports, DateTime nowUtc)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Your personal data</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}</style></head><body>\n")
            .Append("<h1>Your personal data</h1>\n<p>Request ").Append(E(request.Id.ToString())).Append(", prepared ")
            .Append(E(nowUtc.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(". The same data is in data.json (described by schema.json) and in the CSV files.</p>\n");
        foreach (var export in exports.OrderBy(e => e.Module, StringComparer.Ordinal))
        {
            html.Append("<h2>").Append(E(export.Module)).Append("</h2>\n");
            foreach (var record in export.Records)
            {
                html.Append("<table><caption>").Append(E(record.RecordType)).Append(' ').Append(E(record.RecordId)).Append("</caption>\n");
                foreach (var (name, value) in record.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    html.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(E(value)).Append("</td></tr>\n");
                }

                html.Append("</table>\n");
            }

            foreach (var file in export.Content)
            {
                var path = $"content/{Safe(export.Module)}/{Safe(file.RecordId)}/{Safe(file.FileName)}";
                html.Append("<p>File: <a href=\"").Append(E(path)).Append("\">").Append(E(file.FileName)).Append("</a> (").Append(E(file.MediaType)).Append(")</p>\n");
            }
        }

        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>A path segment with nothing that could climb out of its folder.</summary>
    private static string Safe(string name)
    {
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]).Trim('.');
        return safe.Length == 0 ? "_" : safe;
    }
}
