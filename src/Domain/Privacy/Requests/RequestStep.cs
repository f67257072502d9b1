using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>
/// One line of a request's step journal: a module and an action, pending until it is done. A step that was running
/// when the process died is still pending and runs again (every step is idempotent).
/// </summary>
public sealed class RequestStep : Entity
{
    private RequestStep()
    {
    }

    public Guid RequestId { get; private set; }

    public int Order { get; private set; }

    [NotPersonalData("a module's table prefix")]
    public string Module { get; private set; } = "";

    public RequestStepAction Action { get; private set; }

    public RequestStepState State { get; private set; }

    public DateTime? DoneAtUtc { get; private set; }

    /// <summary>Where the step left its result (an export's records in the content store), if it has one.</summary>
    public Guid? ResultContentId { get; private set; }

    /// <summary>What the step did, as codes and counts (e.g. an erasure's outcome lines as JSON).</summary>
    [NotPersonalData("module, record type, category, action and counts only")]
    public string? Outcome { get; private set; }

    /// <summary>How many times the step was started; more than one means a run was cut short inside it.</summary>
    public int Attempts { get; private set; }

    /// <summary>What the module held when the step first started: record type → count, as JSON.</summary>
    [NotPersonalData("record type names and counts only")]
    public string? FoundBefore { get; private set; }

    public bool IsDone => State == RequestStepState.Done;

    /// <summary>Started more than once: the first run died inside the step, perhaps after the module committed its work.</summary>
    public bool WasInterrupted => Attempts > 1;

    internal static RequestStep Plan(Guid requestId, int order, string module, RequestStepAction action) => new()
    {
        Id = Guid.CreateVersion7(),
        RequestId = requestId,
        Order = order,
        Module = module,
        Action = action,
        State = RequestStepState.Pending,
    };

    internal void Start(string? foundBefore)
    {
        Attempts++;
        FoundBefore ??= foundBefore;
    }

    internal void MarkDone(DateTime nowUtc, Guid? resultContentId, string? outcome)
    {
        State = RequestStepState.Done;
        DoneAtUtc = nowUtc;
        ResultContentId = resultContentId;
        Outcome = outcome;
    }

    internal void Reopen()
    {
        State = RequestStepState.Pending;
        DoneAtUtc = null;
    }
}
