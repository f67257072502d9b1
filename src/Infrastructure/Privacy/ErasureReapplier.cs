using Groupus.Application.Privacy.ReapplyErasures;
using Groupus.Infrastructure.Persistence.Coordination;
using Groupus.Infrastructure.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Groupus.Infrastructure.Privacy;

/// <summary>
/// At start-up, before requests are served, applies again every erasure in the ledger whose person a restored database
/// brought back (see docs/running.md, "Backups"). Nothing to do is the usual case and costs one look per module and person.
/// Nodes starting together take turns through a work lease: the first re-applies, the others then find nothing to do.
/// </summary>
internal sealed partial class ErasureReapplier(IServiceScopeFactory scopes, WorkLeases<PrivacyDbContext> leases, ILogger<ErasureReapplier> logger)
    : IHostedService
{
    internal const string Job = "privacy.erasure-reapplier";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await leases.TakeAsync(Job, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(250), cancellationToken);
        try
        {
            await ReapplyAsync(cancellationToken);
        }
        finally
        {
            await leases.ReleaseAsync(Job, CancellationToken.None);
        }
    }

    private async Task ReapplyAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ReapplyErasuresCommand(), cancellationToken);
        if (!result.IsSuccess)
        {
            LogRefused(logger, result.Error!.Code);
        }
        else if (result.Value.SubjectsErasedAgain > 0)
        {
            LogReapplied(logger, result.Value.SubjectsErasedAgain, result.Value.SubjectsInLedger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasure ledger: {Count} of {Total} erased subject(s) had data again (a restored database?) and were erased again")]
    private static partial void LogReapplied(ILogger logger, int count, int total);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-applying erasures from the ledger was refused: {Code}")]
    private static partial void LogRefused(ILogger logger, string code);
}
