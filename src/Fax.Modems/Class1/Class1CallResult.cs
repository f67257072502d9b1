using Groupus.Fax.Imaging;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class1;

/// <summary>The end of one fax call: the line outcome, the T.30 result when a session ran, and the pages received.</summary>
/// <param name="Session">
/// The T.30 result: error code, per-page results, remote identity, last parameters. Null if no session ran. When the
/// modem died mid-call (<see cref="Class1CallOutcome.ModemNotResponding"/>) it holds the pages reported so far, error 40.
/// </param>
/// <param name="ReceivedPages">Receiving: the accepted pages, decoded (write them with FaxTiffWriter).</param>
/// <param name="Modem">What the modem said it is, when it was probed.</param>
public sealed record Class1CallResult(
    Class1CallOutcome Outcome,
    string Detail,
    T30SessionResult? Session,
    IReadOnlyList<FaxPage> ReceivedPages,
    Class1ModemInfo? Modem)
{
    public bool Success => Outcome == Class1CallOutcome.Completed;

    /// <summary>The T.30 error code of the session; null when no session ran.</summary>
    public T30Error? Error => Session?.Error;

    public IReadOnlyList<PageResult> Pages => Session?.Pages ?? [];

    public DigitalCommandSignal? Parameters => Session?.Parameters;

    public string? RemoteIdentity => Session?.RemoteIdentity;

    public static Class1CallResult WithoutSession(Class1CallOutcome outcome, string detail, Class1ModemInfo? modem = null) =>
        new(outcome, detail, null, [], modem);

    public override string ToString() => $"{Outcome}: {Detail}";
}
