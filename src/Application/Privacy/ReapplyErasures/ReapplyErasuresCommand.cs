using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Privacy.ReapplyErasures;

/// <summary>
/// Applies again the erasure of every person in the erasure ledger whose data a module holds once more: a database
/// restored from a backup older than their erasure brought it back. Run at start-up.
/// </summary>
[SystemOnly]
public sealed record ReapplyErasuresCommand : ICommand<Result<ErasuresReapplied>>;
