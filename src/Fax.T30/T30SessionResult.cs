namespace Groupus.Fax.T30;

/// <summary>The end of a session.</summary>
/// <param name="Detail">The error text made specific (e.g. "Failure to train at 2400 bit/s").</param>
public sealed record T30SessionResult(
    T30Role Role,
    T30Error Error,
    string Detail,
    int PagesTransferred,
    IReadOnlyList<PageResult> Pages,
    string? RemoteIdentity,
    DigitalCommandSignal? Parameters)
{
    public bool Success => Error == T30Error.Success;

    /// <summary>The T.30 phase the session was in when it ended (E after an orderly release).</summary>
    public T30Phase PhaseReached { get; init; } = T30Phase.Idle;
}
