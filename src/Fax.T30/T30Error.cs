namespace Groupus.Fax.T30;

/// <summary>
/// The stable session outcome taxonomy, in the spirit of HylaFAX's E-codes. Codes and names are published:
/// never renumber or rename an entry, only add new ones.
/// </summary>
public sealed class T30Error
{
    public static readonly T30Error Success = new(0, nameof(Success), "Success");

    // Phase A/B.
    public static readonly T30Error NoAnswerT1 = new(10, nameof(NoAnswerT1), "No answer from remote (T1 timeout)");
    public static readonly T30Error NoCallerResponseT1 = new(11, nameof(NoCallerResponseT1), "No response from caller to DIS (T1 timeout)");
    public static readonly T30Error NoResponseToDcs = new(12, nameof(NoResponseToDcs), "No response to DCS and training");
    public static readonly T30Error TrainingFailure = new(13, nameof(TrainingFailure), "Failure to train at lowest speed");
    public static readonly T30Error RemoteCannotReceive = new(14, nameof(RemoteCannotReceive), "Incompatible capabilities: remote cannot receive");
    public static readonly T30Error NoCommonModulation = new(15, nameof(NoCommonModulation), "Incompatible capabilities: no common modulation");
    public static readonly T30Error RemoteDisconnectPhaseB = new(16, nameof(RemoteDisconnectPhaseB), "Remote hung up (DCN) during phase B");
    public static readonly T30Error UnsupportedDcs = new(17, nameof(UnsupportedDcs), "Remote commanded unsupported parameters (DCS)");

    // Phase C/D. (24 is reserved: PIP/PIN are answered as MCF/RTN rather than failing the call.)
    public static readonly T30Error PageRejected = new(20, nameof(PageRejected), "Remote rejected page (RTN) after retries");
    public static readonly T30Error NoResponseToPostPage = new(21, nameof(NoResponseToPostPage), "No response to post-page message");
    public static readonly T30Error RemoteDisconnectPhaseC = new(22, nameof(RemoteDisconnectPhaseC), "Remote hung up (DCN) during phase C");
    public static readonly T30Error RemoteDisconnectPhaseD = new(23, nameof(RemoteDisconnectPhaseD), "Remote hung up (DCN) during phase D");
    public static readonly T30Error NoCommandT2 = new(25, nameof(NoCommandT2), "No command from remote (T2 timeout)");

    // ECM.
    public static readonly T30Error EcmTooManyPpr = new(30, nameof(EcmTooManyPpr), "ECM: too many PPR");
    public static readonly T30Error EcmReceiverNotReady = new(31, nameof(EcmReceiverNotReady), "ECM: receiver not ready for too long (T5 timeout)");

    // Session.
    public static readonly T30Error LineDropped = new(40, nameof(LineDropped), "Line dropped");
    public static readonly T30Error LocalAbort = new(41, nameof(LocalAbort), "Session aborted locally");
    public static readonly T30Error NothingToSend = new(42, nameof(NothingToSend), "No pages to send");

    private T30Error(int code, string name, string text)
    {
        Code = code;
        Name = name;
        Text = text;
    }

    public int Code { get; }

    public string Name { get; }

    public string Text { get; }

    public static IReadOnlyList<T30Error> All { get; } =
    [
        Success, NoAnswerT1, NoCallerResponseT1, NoResponseToDcs, TrainingFailure, RemoteCannotReceive, NoCommonModulation,
        RemoteDisconnectPhaseB, UnsupportedDcs, PageRejected, NoResponseToPostPage, RemoteDisconnectPhaseC,
        RemoteDisconnectPhaseD, NoCommandT2, EcmTooManyPpr, EcmReceiverNotReady,
        LineDropped, LocalAbort, NothingToSend,
    ];

    public static T30Error? FromCode(int code) => All.FirstOrDefault(e => e.Code == code);

    public override string ToString() => $"E{Code} {Name}: {Text}";
}
