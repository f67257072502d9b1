using Groupus.Fax.Imaging;

namespace Groupus.Fax.T30.Calls;

/// <summary>
/// The end of a call, the one result every transport's driver returns (Class 1, Class 2/2.0, a T.38 terminal): produced
/// once by the driver, translated to the core link's terms once by the gateway.
/// </summary>
/// <param name="Error">The T.30 error taxonomy value (<see cref="T30Error.Success"/> when all went well).</param>
/// <param name="Detail">One human sentence saying what happened.</param>
/// <param name="Hangup">The transport's own reason for the end of the call (Class 2/2.0 +FHS/+FHNG), when it gave one.</param>
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

    /// <summary>The T.30 phase the call ended in (null when the driver does not run T.30 itself: Class 2/2.0).</summary>
    public T30Phase? PhaseReached { get; init; }

    public int PagesAccepted => Pages.Count(page => page.Accepted);

    /// <summary>A call that never reached phase B: busy, no answer, no carrier, no dial tone, nobody called.</summary>
    public static FaxCallResult Unconnected(FaxCallOutcome outcome, string detail, FaxHangupReason? hangup = null) =>
        new(outcome, outcome == FaxCallOutcome.NoIncomingCall ? T30Error.NoCallerResponseT1 : T30Error.NoAnswerT1, detail, [], null, null, hangup);

    /// <summary>
    /// A call that reached the fax procedure. Its outcome is decided here, the one definition of success for every
    /// transport: the procedure ended normally (<see cref="T30Error.Success"/>) with every page of the document
    /// confirmed (sending) or at least one page kept (receiving). Otherwise partial when some page was confirmed or kept,
    /// a protocol failure when none was.
    /// </summary>
    /// <param name="documentPages">Sending: the pages of the document; null when receiving.</param>
    public static FaxCallResult Connected(
        T30Error error,
        string detail,
        IReadOnlyList<FaxPageReport> pages,
        int? documentPages,
        string? remoteIdentity,
        FaxSessionParameters? parameters,
        FaxHangupReason? hangup = null)
    {
        var confirmed = pages.Count(page => page.Accepted);
        var everyPage = documentPages is { } document ? confirmed >= document && document > 0 : confirmed > 0;
        var outcome = error == T30Error.Success && everyPage ? FaxCallOutcome.Success
            : confirmed > 0 ? FaxCallOutcome.Partial
            : FaxCallOutcome.ProtocolFailure;
        return new FaxCallResult(outcome, error, detail, pages, remoteIdentity, parameters, hangup) { DocumentPages = documentPages };
    }

    /// <summary>
    /// The result of a call whose T.30 session ran on this host (Class 1, a T.38 terminal): the session's pages become
    /// page reports and its error decides the outcome through <see cref="Connected"/>.
    /// </summary>
    /// <param name="sentPages">Sending: the document's pages (a sent page's rows are the document's); null when receiving.</param>
    /// <param name="receivedPages">Receiving: the accepted pages, decoded, in order.</param>
    public static FaxCallResult FromSession(T30SessionResult session, IReadOnlyList<FaxPage>? sentPages, IReadOnlyList<FaxPage> receivedPages)
    {
        var pages = session.Pages.Select((page, index) => FaxPageReport.FromT30(
            page,
            FaxSessionParameters.FromT30(page, session.Parameters),
            sentPages,
            sentPages is null && index < receivedPages.Count ? receivedPages[index] : null)).ToList();
        return Connected(session.Error, session.Detail, pages, sentPages?.Count, session.RemoteIdentity, pages.LastOrDefault()?.Parameters) with
        {
            PhaseReached = session.PhaseReached,
        };
    }
}
