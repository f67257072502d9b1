namespace Groupus.Application.Common.Persistence;

/// <summary>
/// What a use case does only once its changes are committed, such as counting a fax call in the metrics: a refused or
/// failed commit must not count. One per scope; the unit of work behaviour runs the actions after a successful commit
/// and drops them otherwise.
/// </summary>
public sealed class AfterCommit
{
    private List<Action>? _actions;

    public void Add(Action action) => (_actions ??= []).Add(action);

    internal void Run()
    {
        var actions = _actions;
        _actions = null;
        actions?.ForEach(action => action());
    }

    internal void Discard() => _actions = null;
}
