using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Fax.Gateway;
using Groupus.Application.Fax.Gateway.FinishFaxTry;
using Groupus.Application.Fax.Gateway.Links;
using Groupus.Application.Fax.Gateway.RecordFaxProgress;
using Groupus.Domain.Fax;

namespace Groupus.Api.Fax;

/// <summary>Gateway link messages to and from the fax use cases.</summary>
internal static class GatewayLinkMapping
{
    public static FaxCallPhase ToDomain(this CallPhase phase) => phase switch
    {
        CallPhase.Dialling => FaxCallPhase.Dialling,
        CallPhase.Negotiating => FaxCallPhase.Negotiating,
        CallPhase.Transferring => FaxCallPhase.Transferring,
        CallPhase.PostPage => FaxCallPhase.PostPage,
        CallPhase.HangingUp => FaxCallPhase.HangingUp,
        _ => FaxCallPhase.None,
    };

    public static FaxCallOutcome ToDomain(this CallOutcome outcome) => outcome switch
    {
        CallOutcome.Success => FaxCallOutcome.Success,
        CallOutcome.Partial => FaxCallOutcome.Partial,
        CallOutcome.Busy => FaxCallOutcome.Busy,
        CallOutcome.NoAnswer => FaxCallOutcome.NoAnswer,
        CallOutcome.NoCarrier => FaxCallOutcome.NoCarrier,
        CallOutcome.NoDialTone => FaxCallOutcome.NoDialTone,
        CallOutcome.Cancelled => FaxCallOutcome.Cancelled,
        CallOutcome.LocalFailure => FaxCallOutcome.LocalFailure,
        _ => FaxCallOutcome.ProtocolFailure,
    };

    public static FaxPageVerdict ToDomain(this PageResult page) =>
        new(page.PageNumber, page.Confirmed, page.BitRate, page.Ecm, page.Retries, page.Confirmed ? null : PageError(page));

    private static string PageError(PageResult page) => page.Disposition == PageDisposition.Attempted
        ? "sent, not confirmed: the call ended before the receiver answered"
        : $"refused ({page.Verdict})";

    public static FaxTryReport ToDomain(this JobFinished finished) => new(
        finished.Outcome.ToDomain(),
        string.IsNullOrEmpty(finished.ErrorCode) ? null : finished.ErrorCode,
        string.IsNullOrEmpty(finished.Detail) ? null : finished.Detail,
        string.IsNullOrEmpty(finished.RemoteId) ? null : finished.RemoteId,
        finished.CallTime?.ToTimeSpan() ?? TimeSpan.Zero,
        [.. finished.Pages.Select(ToDomain)]);

    public static AssignJob ToProto(this FaxJobAssignment assignment) => new()
    {
        JobId = assignment.JobId.ToString(),
        LeaseId = assignment.LeaseId.ToString(),
        LineId = assignment.LineId,
        Number = assignment.Number,
        FirstPage = assignment.FirstPage,
        PageCount = assignment.PageCount,
        Resolution = assignment.Resolution == FaxResolution.Fine ? Resolution.Fine : Resolution.Standard,
        DocumentBytes = assignment.DocumentBytes,
        DocumentSha256 = assignment.DocumentSha256,
    };

    public static FaxLineStatus ToApplication(this LineStatus status) => status switch
    {
        LineStatus.Idle => FaxLineStatus.Idle,
        LineStatus.Busy => FaxLineStatus.Busy,
        _ => FaxLineStatus.OutOfService,
    };

    public static RecordFaxProgressCommand ToCommand(this JobProgress progress) => new(
        ParseId(progress.JobId),
        ParseId(progress.LeaseId),
        progress.Phase.ToDomain(),
        progress.PageNumber,
        progress.Page?.ToDomain(),
        progress.RemoteId.OrNull());

    public static FinishFaxTryCommand ToCommand(this JobFinished finished) => new(ParseId(finished.JobId), ParseId(finished.LeaseId), finished.ToDomain());

    public static Registered ToRegistered(Guid gatewayId, TimeSpan leaseDuration, TimeSpan heartbeatInterval) => new()
    {
        GatewayId = gatewayId.ToString(),
        LeaseDuration = Duration.FromTimeSpan(leaseDuration),
        HeartbeatInterval = Duration.FromTimeSpan(heartbeatInterval),
    };

    /// <summary>Ids from the gateway are checked here: a malformed one can only be a forged or corrupted message.</summary>
    public static Guid ParseId(string value) => Guid.TryParse(value, out var id) ? id : Guid.Empty;
}
