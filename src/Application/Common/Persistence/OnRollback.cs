namespace Groupus.Application.Common.Persistence;

/// <summary>
/// What undoes a use case's work outside the database transaction (a subject enrolled in the privacy vault) when its
/// changes are not committed: the handler refused, threw, or the commit failed. One per scope; the unit of work
/// behaviour runs the actions, newest first, whenever it does not commit, and drops them after a successful commit.
/// </summary>
public sealed class OnRollback
{
    private List<Func<Task>>? _actions;

    public void Add(Func<Task> action) => (_actions ??= []).Add(action);

    internal async Task RunAsync()
    {
        var actions = _actions;
        _actions = null;
        for (var i = (actions?.Count ?? 0) - 1; i >= 0; i--)
        {
            await actions![i]();
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
