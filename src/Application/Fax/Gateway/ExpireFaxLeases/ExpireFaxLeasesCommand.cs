using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.Gateway.ExpireFaxLeases;

/// <summary>Puts jobs whose gateway stopped renewing their lease back in the queue (a batch at a time).</summary>
[SystemOnly]
public sealed record ExpireFaxLeasesCommand : ICommand<Result<IReadOnlyList<Guid>>>
{
    public const int BatchSize = 100;
}
