using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Errors;

namespace Groupus.Cli.Commands.Fax;

/// <summary>How a followed job ended, as the tool's exit: done is success, failed and cancelled have exit codes of their own.</summary>
internal static class FaxJobEnd
{
    public static void Check(FaxJob job)
    {
        switch (job.State)
        {
            case FaxJobState.Done:
                return;
            case FaxJobState.Failed:
                throw new CliFailure(ExitCodes.FaxFailed, $"Fax job {job.JobId} failed after {FaxText.Tries(job)} tries: {Reason(job)}");
            case FaxJobState.Cancelled:
                throw new CliFailure(ExitCodes.FaxCancelled, $"Fax job {job.JobId} was cancelled ({FaxText.Confirmed(job)}).");
            default:
                throw new CliFailure(ExitCodes.Unavailable,
                    $"The server stopped reporting on fax job {job.JobId} while it was {FaxText.State(job.State)}; watch it again with: groupus fax watch {job.JobId}");
        }
    }

    private static string Reason(FaxJob job) => FaxText.LastError(job) is { Length: > 0 } error ? error : "no reason given.";
}
