using System.Globalization;
using System.Text;
using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy.GetRecordsOfProcessing;

/// <summary>One row per activity and category (RFC 4180 quoting; lists joined with " | "), then one per field without an activity.</summary>
public static class RecordsOfProcessingCsv
{
    private const string ListSeparator = " | ";

    private static readonly string[] Header =
    [
        "module", "activity", "role", "data_subjects", "category", "fields", "purposes", "legal_bases",
        "retention", "retention_days", "recipients", "international_transfers",
    ];

    public static string Write(RecordsOfProcessing records)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var record in records.Activities)
        {
            var activity = record.Activity;
            foreach (var data in record.Data)
            {
                AppendRow(csv,
                [
                    activity.Module,
                    activity.Name,
                    activity.Role.ToString(),
                    Join(activity.DataSubjects),
                    data.Category.ToString(),
                    Join(data.Fields),
                    Join(activity.Purposes),
                    activity.LegalBases.Count == 0 ? PrivacyNotice.NotStated : Join(activity.LegalBases.Select(b => b.ToString())),
                    activity.Retention.Description,
                    activity.Retention.FixedPeriod is { } period ? ((int)period.TotalDays).ToString(CultureInfo.InvariantCulture) : "",
                    Join(activity.Recipients),
                    Join(activity.Transfers.Select(t => $"{t.Destination} (safeguard: {t.Safeguard})")),
                ]);
            }
        }

        foreach (var field in records.FieldsWithoutActivity)
        {
            AppendRow(csv, [field.Module, "(no registered activity)", "", "", Join(field.Categories.Select(c => c.ToString())), field.Location, "", "", "", "", "", ""]);
        }

        return csv.ToString();
    }

    private static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Quote(cells[i]));
        }

        csv.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
