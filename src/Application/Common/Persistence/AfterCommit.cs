namespace Groupus.Application.Common.Persistence;

/// <summary>
/// What a use case does only once its changes are committed, such as counting a fax call in the metrics or writing the
/// privacy audit row: a refused or failed commit must not count. One per scope; the unit of work behaviour runs the
/// actions after a successful commit, in the order they were added, and drops them otherwise.
/// </summary>
public sealed class AfterCommit
{
    private List<Func<Task>>? _actions;

    public void Add(Action action) => Add(() =>
    {
        action();
        return Task.CompletedTask;
    });

    public void Add(Func<Task> action) => (_actions ??= []).Add(action);

    internal async Task RunAsync()
    {
        var actions = _actions;
        _actions = null;
        foreach (var action in actions ?? [])
        {
            await action();
        }
    }

    internal void Discard() => _actions = null;

    /// <summary>Sets aside what an enclosing command added, while a command it sends runs through the pipeline.</summary>
    internal List<Func<Task>>? Detach()
    {
        var actions = _actions;
        _actions = null;
        return actions;
    }

    internal void Reattach(List<Func<Task>>? actions) => _actions = actions;
}
