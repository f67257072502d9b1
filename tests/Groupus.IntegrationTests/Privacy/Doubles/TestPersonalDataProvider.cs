using System.Collections.Concurrent;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.IntegrationTests.Privacy.Doubles;

/// <summary>
/// A module's personal data in memory: controller records per subject, processor records under an identifier for a
/// customer organisation, and one record type kept under a legal obligation. Counts the erasures it applied.
/// </summary>
public sealed class TestPersonalDataProvider(string module, CrashSwitch? crash = null) : IPersonalDataProvider
{
    public const string Kept = "invoice";

    public string Module { get; } = module;

    public ConcurrentDictionary<Guid, List<Dictionary<string, string?>>> Records { get; } = new();

    public ConcurrentDictionary<Guid, int> KeptInvoices { get; } = new();

    public ConcurrentDictionary<SubjectIdentifier, Guid> ProcessorData { get; } = new();

    public ConcurrentDictionary<Guid, int> Erasures { get; } = new();

    public int EraseCalls;

    public IReadOnlyList<ErasurePolicy> ErasurePolicies { get; } =
    [
        new("contact", PersonalDataCategory.Contact, ErasureAction.Delete),
        new(Kept, PersonalDataCategory.TransactionalHistory, ErasureAction.KeepUnderLegalObligation, "HMRC: keep invoices for 6 years", TimeSpan.FromDays(6 * 365)),
    ];

    public void Seed(Guid subjectId, params (string Name, string Value)[] fields) =>
        Records.GetOrAdd(subjectId, _ => []).Add(fields.ToDictionary(f => f.Name, f => (string?)f.Value));

    public Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        var holdings = new List<PersonalDataHolding>();
        if (Records.TryGetValue(subject.SubjectId, out var records) && records.Count > 0)
        {
            holdings.Add(new(Module, "contact", records.Count, [PersonalDataCategory.Contact], ProcessingRole.Controller, null, ["(example)"]));
        }

        if (KeptInvoices.TryGetValue(subject.SubjectId, out var invoices))
        {
            holdings.Add(new(Module, Kept, invoices, [PersonalDataCategory.TransactionalHistory], ProcessingRole.Controller, null, []));
        }

        foreach (var identifier in subject.Identifiers)
        {
            if (ProcessorData.TryGetValue(identifier, out var organisation))
            {
                holdings.Add(new(Module, "fax", 2, [PersonalDataCategory.CommunicationsContent], ProcessingRole.Processor, organisation, []));
            }
        }

        return Task.FromResult<IReadOnlyList<PersonalDataHolding>>(holdings);
    }

    public Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken)
    {
        crash?.Tick($"{Module}.export");
        var records = Records.TryGetValue(subject.SubjectId, out var found) ? found : [];
        return Task.FromResult(new ModuleExport(
            Module,
            [.. records.Select((r, i) => new ExportedRecord("contact", $"{Module}-{i}", r))],
            records.Count == 0 ? [] : [new ExportedContent("contact", $"{Module}-0", "page-1.txt", "text/plain", "fax page <1>"u8.ToArray())]));
    }

    public Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken)
    {
        crash?.Tick($"{Module}.rectify");
        var changed = 0;
        if (Records.TryGetValue(subject.SubjectId, out var records))
        {
            foreach (var record in records)
            {
                foreach (var (name, value) in corrections.Where(c => record.ContainsKey(c.Key)))
                {
                    record[name] = value;
                    changed++;
                }
            }
        }

        return Task.FromResult(new RectificationOutcome(Module, [.. corrections.Keys], changed, []));
    }

    public Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken)
    {
        crash?.Tick($"{Module}.erase");
        Interlocked.Increment(ref EraseCalls);
        var removed = Records.TryRemove(subject.SubjectId, out var records) ? records.Count : 0;
        if (removed > 0)
        {
            Erasures.AddOrUpdate(subject.SubjectId, 1, (_, n) => n + 1);
        }

        IReadOnlyList<ErasureOutcome> outcomes =
        [
            new(Module, "contact", PersonalDataCategory.Contact, ErasureAction.Delete, removed, null),
            new(Module, Kept, PersonalDataCategory.TransactionalHistory, ErasureAction.KeepUnderLegalObligation, KeptInvoices.GetValueOrDefault(subject.SubjectId), "HMRC: keep invoices for 6 years"),
        ];
        return Task.FromResult(outcomes);
    }
}
