using System.Text.Json;
using Groupus.Application.Common.Content;
using Groupus.Application.Privacy;
using Groupus.Application.Privacy.Exports;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.Restrictions;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Exports;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.RunRequest;

/// <summary>
/// Runs one step, for every subject the request covers, and says what it left behind. Every step is idempotent: run
/// again after a crash it does its work again (providers promise the same) or finds it already done.
/// </summary>
public sealed class RequestStepRunner(
    IEnumerable<IPersonalDataProvider> providers,
    IContentStore content,
    IExportPackages packages,
    ISubjectKeyVault keys,
    IRestrictionLedger ledger,
    TimeProvider clock)
{
    public async Task<(Guid? ContentId, string? Outcome)> RunAsync(DataSubjectRequest request, RequestStep step, IReadOnlyList<SubjectLookup> subjects, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        switch (step.Action)
        {
            case RequestStepAction.Export:
            {
                var exports = new List<ModuleExport>();
                foreach (var subject in subjects)
                {
                    exports.Add(await Provider(step.Module).ExportAsync(subject, cancellationToken));
                }

                var export = new ModuleExport(step.Module, [.. exports.SelectMany(e => e.Records)], [.. exports.SelectMany(e => e.Content)]);
                // Under the subject's key: should they later ask for erasure, every copy of their export goes with it.
                var id = await content.PutAsync(ModuleExportJson.Serialise(export), request.SubjectId, cancellationToken);
                return (id, JsonSerializer.Serialize(new { records = export.Records.Count, files = export.Content.Count }));
            }

            case RequestStepAction.Rectify:
            {
                var outcomes = new List<RectificationOutcome>();
                foreach (var subject in subjects)
                {
                    outcomes.Add(await Provider(step.Module).RectifyAsync(subject, request.Corrections, cancellationToken));
                }

                return (null, JsonSerializer.Serialize(new
                {
                    fields = outcomes.SelectMany(o => o.FieldsCorrected).Distinct().ToList(),
                    records = outcomes.Sum(o => o.RecordsChanged),
                    unknown = outcomes.SelectMany(o => o.UnknownFields).Distinct().ToList(),
                }));
            }

            case RequestStepAction.Erase:
            {
                var outcomes = new List<ErasureOutcome>();
                foreach (var subject in subjects)
                {
                    outcomes.AddRange(await Provider(step.Module).EraseAsync(subject, new ErasureInstruction(request.Id, now), cancellationToken));
                }

                return (null, JsonSerializer.Serialize(Merge(outcomes)));
            }

            case RequestStepAction.Restrict:
                await ledger.RestrictAsync(
                    request.SubjectId,
                    RequestPurposes.Effective(request.Type, request.Purposes),
                    request.Id,
                    request.Type == DataSubjectRequestType.Objection ? "objection" : "restriction",
                    cancellationToken);
                return (null, null);

            case RequestStepAction.DestroyKey:
                foreach (var subjectId in request.SubjectIds)
                {
                    // Run again after a crash between two subjects, the keys already gone are not destroyed twice.
                    if (await keys.StateOfAsync(subjectId, cancellationToken) != SubjectKeyState.Erased)
                    {
                        await keys.DestroyAsync(subjectId, cancellationToken);
                    }
                }

                return (null, null);

            case RequestStepAction.Package:
                return (null, await PackageAsync(request, now, cancellationToken));

            default:
                throw new InvalidOperationException($"Unknown step action {step.Action}.");
        }
    }

    private async Task<string> PackageAsync(DataSubjectRequest request, DateTime now, CancellationToken cancellationToken)
    {
        var exportSteps = request.Steps.Where(s => s.Action == RequestStepAction.Export).ToList();
        if (await packages.OfRequestAsync(request.Id, cancellationToken) is not { } package)
        {
            var exports = new List<ModuleExport>();
            foreach (var step in exportSteps)
            {
                var bytes = await content.GetAsync(step.ResultContentId!.Value, cancellationToken)
                    ?? throw new InvalidOperationException($"The export of step {step.Order} is missing from the content store.");
                exports.Add(ModuleExportJson.Deserialise(bytes));
            }

            var zip = ExportPackageBuilder.Build(request, exports, now);
            var contentId = await content.PutAsync(zip, request.SubjectId, cancellationToken);
            package = ExportPackage.Of(request.Id, contentId, $"personal-data-{request.Id:N}.zip", zip.Length, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(zip)).ToLowerInvariant(), now);
            packages.Add(package);
        }

        return JsonSerializer.Serialize(new { package = package.Id, bytes = package.SizeBytes });
    }

    /// <summary>The per-module exports are only needed until the package is stored: they are deleted then.</summary>
    public async Task DiscardIntermediateExportsAsync(DataSubjectRequest request, CancellationToken cancellationToken)
    {
        foreach (var step in request.Steps.Where(s => s.Action == RequestStepAction.Export && s.ResultContentId is not null))
        {
            await content.DeleteAsync(step.ResultContentId!.Value, cancellationToken);
        }
    }

    /// <summary>What the module held about every subject of the request before its erasure step: record type → count (controller data only).</summary>
    public async Task<string> CountHoldingsAsync(string module, IReadOnlyList<SubjectLookup> subjects, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            foreach (var holding in await Provider(module).FindAsync(subject, cancellationToken))
            {
                if (holding.Role == ProcessingRole.Controller && holding.RecordCount > 0)
                {
                    counts[holding.RecordType] = counts.GetValueOrDefault(holding.RecordType) + holding.RecordCount;
                }
            }
        }

        return JsonSerializer.Serialize(counts);
    }

    private static List<ErasureOutcome> Merge(IEnumerable<ErasureOutcome> outcomes) =>
        [.. outcomes
            .GroupBy(o => (o.Module, o.RecordType, o.Category, o.Action, o.LegalObligation))
            .Select(g => g.First() with { RecordCount = g.Sum(o => o.RecordCount) })];

    private IPersonalDataProvider Provider(string module) =>
        providers.FirstOrDefault(p => p.Module == module) ?? throw new InvalidOperationException($"No personal-data provider for module {module}.");
}
