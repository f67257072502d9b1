using System.Globalization;
using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Contracts.Privacy;
using Mediator;

namespace Groupus.Application.Privacy.ReapplyErasures;

/// <summary>
/// For each person in the erasure ledger, every module still holding their data erases it again (providers are
/// idempotent, and write nothing new for a person whose key is gone); each re-application is audited by subject id.
/// </summary>
public sealed class ReapplyErasuresHandler(IErasureLedger ledger, IEnumerable<IPersonalDataProvider> providers, IPrivacyAudit audit, TimeProvider clock)
    : ICommandHandler<ReapplyErasuresCommand, Result<ErasuresReapplied>>
{
    public async ValueTask<Result<ErasuresReapplied>> Handle(ReapplyErasuresCommand command, CancellationToken cancellationToken)
    {
        var erased = await ledger.ErasedSubjectsAsync(cancellationToken);
        var erasedAgain = 0;
        foreach (var subjectId in erased)
        {
            var subject = new SubjectLookup(subjectId, []);
            var modules = new List<string>();
            var records = 0;
            foreach (var provider in providers)
            {
                if (!await ErasureLeftovers.RemainInAsync(provider, subject, cancellationToken))
                {
                    continue;
                }

                var outcomes = await provider.EraseAsync(subject, new ErasureInstruction(Guid.Empty, clock.GetUtcNow().UtcDateTime), cancellationToken);
                modules.Add(provider.Module);
                records += outcomes.GroupBy(o => o.RecordType, StringComparer.Ordinal).Sum(g => g.Max(o => o.RecordCount));
            }

            if (modules.Count == 0)
            {
                continue;
            }

            erasedAgain++;
            await audit.AppendAsync(
                PrivacyAuditActions.ErasureReapplied,
                subjectId.ToString(),
                new Dictionary<string, string> { ["modules"] = string.Join(",", modules), ["records"] = records.ToString(CultureInfo.InvariantCulture) },
                cancellationToken);
        }

        return new ErasuresReapplied(erased.Count, erasedAgain);
    }
}
