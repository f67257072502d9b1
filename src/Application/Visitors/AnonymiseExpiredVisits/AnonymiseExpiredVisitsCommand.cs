using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Visitors.AnonymiseExpiredVisits;

/// <summary>Anonymises one batch of visits older than the retention period and records the run.</summary>
[SystemOnly]
public sealed record AnonymiseExpiredVisitsCommand : ICommand<Result<RetentionRunDto>>;
