using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Lines;

/// <summary>The end of a call, the same for every driver.</summary>
/// <param name="Error">The T.30 error taxonomy value (<see cref="T30Error.Success"/> when all went well).</param>
/// <param name="Detail">One human sentence saying what happened.</param>
/// <param name="Hangup">The modem's hang-up status (Class 2/2.0 +FHS/+FHNG), when it gave one.</param>
public sealed record FaxCallResult(
    FaxCallOutcome Outcome,
    T30Error Error,
    string Detail,
    IReadOnlyList<FaxPageReport> Pages,
    string? RemoteIdentity,
    FaxSessionParameters? Parameters,
    FaxHangupReason? Hangup)
{
    /// <summary>Sending: how many pages the document has (every page is accounted for against it). Null when receiving.</summary>
    public int? DocumentPages { get; init; }

    public int PagesAccepted => Pages.Count(page => page.Accepted);

    public static FaxCallResult Unconnected(FaxCallOutcome outcome, string detail, FaxHangupReason? hangup = null) =>
        new(outcome, outcome == FaxCallOutcome.NoIncomingCall ? T30Error.NoCallerResponseT1 : T30Error.NoAnswerT1, detail, [], null, null, hangup);
}
