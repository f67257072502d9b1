using Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Cli.Commands.Fax;

/// <summary>The words the tool uses for the fax service's states, phases and outcomes (and accepts for --state).</summary>
internal static class FaxText
{
    public static readonly IReadOnlyDictionary<string, FaxJobState> StatesByName = new Dictionary<string, FaxJobState>
    {
        ["pending"] = FaxJobState.Pending,
        ["ready"] = FaxJobState.Ready,
        ["active"] = FaxJobState.Active,
        ["sleeping"] = FaxJobState.Sleeping,
        ["done"] = FaxJobState.Done,
        ["failed"] = FaxJobState.Failed,
        ["cancelled"] = FaxJobState.Cancelled,
    };

    public static string State(FaxJobState state) =>
        StatesByName.FirstOrDefault(pair => pair.Value == state).Key ?? "unknown";

    public static string Phase(FaxCallPhase phase) => phase switch
    {
        FaxCallPhase.Dialling => "dialling",
        FaxCallPhase.Negotiating => "negotiating",
        FaxCallPhase.Transferring => "transferring",
        FaxCallPhase.PostPage => "confirming page",
        FaxCallPhase.HangingUp => "hanging up",
        _ => "",
    };

    public static string Outcome(FaxCallOutcome outcome) => outcome switch
    {
        FaxCallOutcome.Success => "success",
        FaxCallOutcome.Partial => "partly sent",
        FaxCallOutcome.Busy => "busy",
        FaxCallOutcome.NoAnswer => "no answer",
        FaxCallOutcome.NoCarrier => "no carrier",
        FaxCallOutcome.NoDialTone => "no dial tone",
        FaxCallOutcome.ProtocolFailure => "protocol failure",
        FaxCallOutcome.Cancelled => "cancelled",
        FaxCallOutcome.GatewayLost => "gateway lost",
        FaxCallOutcome.LocalFailure => "gateway failure",
        _ => "",
    };

    public static string Resolution(FaxResolution resolution) => resolution == FaxResolution.Fine ? "fine" : "standard";

    public static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";

    public static string Confirmed(FaxJob job) => $"{job.PagesConfirmed} of {Pages(job.PageCount)} confirmed";

    public static string Tries(FaxJob job) => $"{job.Tries} of {job.MaxTries}";

    /// <summary>The last error with its stable code, or empty.</summary>
    public static string LastError(FaxJob job) =>
        (job.LastError, job.LastErrorCode) switch
        {
            ("", "") => "",
            ("", var code) => code,
            (var message, "") => message,
            var (message, code) => $"{message} ({code})",
        };

    public static bool IsFinished(FaxJob job) => job.State is FaxJobState.Done or FaxJobState.Failed or FaxJobState.Cancelled;
}
