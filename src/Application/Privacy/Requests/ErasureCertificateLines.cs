using System.Globalization;
using System.Text.Json;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

/// <summary>
/// The lines of an erasure certificate from the step journal: what each erasure step reported, and the referrals. A
/// step that ran again (its first run died, perhaps after the module had committed its erasure) reports only what the
/// last run found; where the module held more when the step first began, the line counts what it held then and says
/// so, instead of silently counting what the lost run erased as nothing.
/// </summary>
public static class ErasureCertificateLines
{
    public const string ErasedBeforeInterruption = "ERASED_BEFORE_INTERRUPTION";

    private const string Kept = "KEPT_UNDER_LEGAL_OBLIGATION";

    public static IReadOnlyList<ErasureCertificateLine> Of(DataSubjectRequest request) =>
        [.. request.Steps
            .Where(s => s.Action == RequestStepAction.Erase && s.Outcome is not null)
            .OrderBy(s => s.Order)
            .SelectMany(LinesOf),
        .. request.Referrals.Select(r => new ErasureCertificateLine(r.Module, r.RecordType, "processor data", "REFERRED", r.RecordCount, null))];

    private static IEnumerable<ErasureCertificateLine> LinesOf(RequestStep step)
    {
        var lines = (JsonSerializer.Deserialize<List<ErasureOutcome>>(step.Outcome!) ?? [])
            .Select(o => new ErasureCertificateLine(o.Module, o.RecordType, o.Category.ToString(), ActionCode(o.Action), o.RecordCount, o.LegalObligation))
            .ToList();
        if (!step.WasInterrupted || step.FoundBefore is null)
        {
            return lines;
        }

        var foundBefore = JsonSerializer.Deserialize<Dictionary<string, int>>(step.FoundBefore) ?? [];
        foreach (var (recordType, held) in foundBefore.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (lines.Any(l => l.RecordType == recordType && l.Action == Kept))
            {
                continue;
            }

            var erased = lines.Where(l => l.RecordType == recordType).Select(l => l.RecordCount).DefaultIfEmpty(0).Max();
            if (held <= erased)
            {
                continue;
            }

            var note = string.Create(
                CultureInfo.InvariantCulture,
                $"the step ran again after an interruption: {held - erased} erased by the interrupted run (counted when the step first began), {erased} by the last run");
            if (lines.Any(l => l.RecordType == recordType))
            {
                lines = [.. lines.Select(l => l.RecordType == recordType ? l with { RecordCount = held, Note = note } : l)];
            }
            else
            {
                lines.Add(new ErasureCertificateLine(step.Module, recordType, "unknown", ErasedBeforeInterruption, held, null, note));
            }
        }

        return lines;
    }

    private static string ActionCode(ErasureAction action) => action switch
    {
        ErasureAction.Delete => "DELETED",
        ErasureAction.Anonymise => "ANONYMISED",
        _ => Kept,
    };
}
