using Groupus.Contracts.Privacy;

namespace Groupus.Infrastructure.Communications.Privacy;

/// <summary>
/// Notifications go to staff and to customer organisations about their services; none is about a data subject, so the
/// module holds nothing to find, export or erase. (Messages to a person, when they come, will be sealed under their key.)
/// </summary>
internal sealed class CommunicationsPersonalDataProvider : IPersonalDataProvider
{
    public string Module => CommunicationsDbContext.ModuleName;

    public IReadOnlyList<ErasurePolicy> ErasurePolicies { get; } = [];

    public Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonalDataHolding>>([]);

    public Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken) =>
        Task.FromResult(new ModuleExport(Module, [], []));

    public Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken) =>
        Task.FromResult(new RectificationOutcome(Module, [], 0, [.. corrections.Keys]));

    public Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ErasureOutcome>>([]);
}
