using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.T30.Calls;
using PageOutcome = Groupus.Fax.T30.PageOutcome;

namespace Groupus.FaxGateway.Service;

/// <summary>
/// Driver terms to link terms: the one place where the driver-neutral call result (<see cref="FaxCallResult"/>, its
/// <see cref="FaxCallOutcome"/>, its pages' <see cref="PageOutcome"/>) becomes the gateway protocol's. Every value is
/// named; a value added on either side without a translation throws rather than being guessed.
/// </summary>
internal static class JobMessages
{
    public static CallPhase PhaseOf(FaxCallPhase phase) => phase switch
    {
        FaxCallPhase.Dialling => CallPhase.Dialling,
        FaxCallPhase.Negotiating => CallPhase.Negotiating,
        FaxCallPhase.Transferring => CallPhase.Transferring,
        FaxCallPhase.PostPage => CallPhase.PostPage,
        FaxCallPhase.HangingUp => CallPhase.HangingUp,
        // Before the call (resetting the modem) or on the answering side: the core's job shows no phase for these.
        FaxCallPhase.Initialising or FaxCallPhase.WaitingForCall or FaxCallPhase.Answering => CallPhase.Unspecified,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "A call phase with no gateway protocol equivalent."),
    };

    public static CallOutcome OutcomeOf(FaxCallOutcome outcome) => outcome switch
    {
        FaxCallOutcome.Success => CallOutcome.Success,
        FaxCallOutcome.Partial => CallOutcome.Partial,
        FaxCallOutcome.Busy => CallOutcome.Busy,
        FaxCallOutcome.NoAnswer => CallOutcome.NoAnswer,
        FaxCallOutcome.NoCarrier => CallOutcome.NoCarrier,
        FaxCallOutcome.NoDialTone => CallOutcome.NoDialTone,
        // Receiving only: a job is a call we make, so it never ends without a call to take.
        FaxCallOutcome.ProtocolFailure or FaxCallOutcome.NoIncomingCall => CallOutcome.ProtocolFailure,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A call outcome with no gateway protocol equivalent."),
    };

    /// <summary>The page verdict on the wire: confirmed (MCF, RTP, PIP), refused (RTN, PIN, an ECM page given up), attempted.</summary>
    public static PageDisposition DispositionOf(PageOutcome outcome) => outcome switch
    {
        PageOutcome.Confirmed or PageOutcome.ConfirmedRetrain => PageDisposition.Confirmed,
        PageOutcome.Rejected or PageOutcome.Incomplete => PageDisposition.Refused,
        PageOutcome.Attempted => PageDisposition.Attempted,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A page verdict with no gateway protocol equivalent."),
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
        Disposition = DispositionOf(report.Outcome),
        Rows = report.Rows,
    };

    /// <summary>The page that was on the line when the call was cut off, known to the gateway but to no driver report.</summary>
    public static PageResult PageCutOff(int pageNumber) => new()
    {
        PageNumber = pageNumber,
        Confirmed = false,
        Verdict = string.Empty,
        Disposition = DispositionOf(PageOutcome.Attempted),
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
