using Groupus.Contracts.Privacy;

namespace Groupus.IntegrationTests.Privacy.Doubles;

/// <summary>
/// A real module's provider that dies (throws, as a killed process would) when the crash switch says so: just before
/// it erases, and just after, before the request could record the step as done.
/// </summary>
public sealed class CrashingProvider(IPersonalDataProvider inner, CrashSwitch crash) : IPersonalDataProvider
{
    public string Module => inner.Module;

    public IReadOnlyList<ErasurePolicy> ErasurePolicies => inner.ErasurePolicies;

    public Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken) =>
        inner.FindAsync(subject, cancellationToken);

    public Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken) => inner.ExportAsync(subject, cancellationToken);

    public Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken) =>
        inner.RectifyAsync(subject, corrections, cancellationToken);

    public async Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken)
    {
        crash.Tick(Module + ".erase");
        var outcomes = await inner.EraseAsync(subject, instruction, cancellationToken);
        crash.Tick(Module + ".erased");
        return outcomes;
    }
}
