using System.Collections.Concurrent;
using Groupus.Application.Privacy;

namespace Groupus.IntegrationTests.Privacy.Doubles;

/// <summary>Wraps the real subject key vault: counts destroyed keys and can fail on a given call, as a killed process would.</summary>
public sealed class CountingSubjectKeys(CrashSwitch? crash = null) : ISubjectKeyVault
{
    private ISubjectKeyVault? _vault;

    public ConcurrentDictionary<Guid, int> Destroyed { get; } = new();

    /// <summary>The server's own vault; set again for each server started over the same files.</summary>
    public CountingSubjectKeys Around(ISubjectKeyVault vault)
    {
        _vault = vault;
        return this;
    }

    public async Task DestroyAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        crash?.Tick("keys.destroy");
        await Vault.DestroyAsync(subjectId, cancellationToken);
        Destroyed.AddOrUpdate(subjectId, 1, (_, n) => n + 1);
    }

    public Task<SubjectKeyState> StateOfAsync(Guid subjectId, CancellationToken cancellationToken) => Vault.StateOfAsync(subjectId, cancellationToken);

    private ISubjectKeyVault Vault => _vault ?? throw new InvalidOperationException("Not yet wrapped around a vault.");
}
