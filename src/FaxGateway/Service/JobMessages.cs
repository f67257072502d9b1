using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.Modems.Lines;

namespace Groupus.FaxGateway.Service;

/// <summary>Driver terms to link terms: phases, outcomes, pages (renumbered to the whole document).</summary>
internal static class JobMessages
{
    public static CallPhase PhaseOf(FaxCallPhase phase) => phase switch
    {
        FaxCallPhase.Dialling => CallPhase.Dialling,
        FaxCallPhase.Negotiating => CallPhase.Negotiating,
        FaxCallPhase.Transferring => CallPhase.Transferring,
        FaxCallPhase.PostPage => CallPhase.PostPage,
        FaxCallPhase.HangingUp => CallPhase.HangingUp,
        _ => CallPhase.Unspecified,
    };

    public static CallOutcome OutcomeOf(FaxCallOutcome outcome) => outcome switch
    {
        FaxCallOutcome.Success => CallOutcome.Success,
        FaxCallOutcome.Partial => CallOutcome.Partial,
        FaxCallOutcome.Busy => CallOutcome.Busy,
        FaxCallOutcome.NoAnswer => CallOutcome.NoAnswer,
        FaxCallOutcome.NoCarrier => CallOutcome.NoCarrier,
        FaxCallOutcome.NoDialTone => CallOutcome.NoDialTone,
        _ => CallOutcome.ProtocolFailure,
    };

    /// <param name="firstPage">The document page the try started from: the driver's page 1.</param>
    public static PageResult PageOf(FaxPageReport report, int firstPage) => new()
    {
        PageNumber = firstPage - 1 + report.PageNumber,
        Confirmed = report.Accepted,
        Verdict = report.Verdict,
        BitRate = report.Parameters.BitRate,
        Ecm = report.Parameters.ErrorCorrection,
        Retries = report.Retries,
        Disposition = report.Disposition switch
        {
            FaxPageDisposition.Confirmed => PageDisposition.Confirmed,
            FaxPageDisposition.Refused => PageDisposition.Refused,
            _ => PageDisposition.Attempted,
        },
        Rows = report.Rows,
    };

    public static GatewayMessage Finished(AssignJob job, CallOutcome outcome, string errorCode, string detail, IEnumerable<PageResult> pages, string? remoteId, TimeSpan callTime)
    {
        var finished = new JobFinished
        {
            JobId = job.JobId,
            LeaseId = job.LeaseId,
            Outcome = outcome,
            ErrorCode = errorCode,
            Detail = detail,
            RemoteId = remoteId ?? string.Empty,
            CallTime = Duration.FromTimeSpan(callTime),
        };
        finished.Pages.AddRange(pages);
        return new GatewayMessage { JobFinished = finished };
    }

    /// <summary>The answer to a job that cannot run here at all; the core puts it back in the queue.</summary>
    public static GatewayMessage LocalFailure(AssignJob job, string detail) =>
        Finished(job, CallOutcome.LocalFailure, string.Empty, detail, [], null, TimeSpan.Zero);
}
