using Google.Rpc;
using Grpc.Core;

namespace Groupus.Cli.Errors;

/// <summary>Turns any failure into a clear message on stderr and a stable exit code.</summary>
internal sealed class ErrorReporter(TextWriter error)
{
    public int Report(Exception exception, string server) => exception switch
    {
        CliFailure failure => Fail(failure.ExitCode, failure.Message),
        RpcException rpc => ReportRpc(rpc, server),
        OperationCanceledException => Fail(ExitCodes.Cancelled, "Cancelled."),
        _ => Fail(ExitCodes.Unexpected, $"Unexpected error: {exception.Message}"),
    };

    private int ReportRpc(RpcException rpc, string server)
    {
        var detail = rpc.Status.Detail;
        return rpc.StatusCode switch
        {
            StatusCode.Unauthenticated =>
                Fail(ExitCodes.Unauthenticated, "Your session has expired or is invalid. Run: groupus login"),
            StatusCode.PermissionDenied =>
                Fail(ExitCodes.PermissionDenied, WithDetail("You do not have permission to do that", detail)),
            StatusCode.InvalidArgument or StatusCode.OutOfRange =>
                ReportInvalidArgument(rpc, detail),
            StatusCode.NotFound =>
                Fail(ExitCodes.NotFound, WithDetail("Not found", detail)),
            StatusCode.AlreadyExists =>
                Fail(ExitCodes.Conflict, WithDetail("Already exists", detail)),
            StatusCode.Aborted =>
                Fail(ExitCodes.Conflict, "Someone else changed this record; reload and try again."),
            StatusCode.FailedPrecondition =>
                Fail(ExitCodes.FailedPrecondition, BusinessRuleMessage(rpc, detail)),
            StatusCode.Unavailable =>
                Fail(ExitCodes.Unavailable, $"Cannot reach the Groupus server at {server}{Reason(rpc)}."),
            StatusCode.ResourceExhausted =>
                Fail(ExitCodes.Busy, WithDetail("The server is busy; try again shortly", detail)),
            StatusCode.DeadlineExceeded =>
                Fail(ExitCodes.DeadlineExceeded, $"The Groupus server at {server} did not answer in time."),
            StatusCode.Cancelled =>
                Fail(ExitCodes.Cancelled, "Cancelled."),
            StatusCode.Unimplemented =>
                Fail(ExitCodes.Unexpected, $"The Groupus server at {server} does not support this command (is it an older version?)."),
            _ =>
                Fail(ExitCodes.Unexpected, WithDetail($"The server reported an error ({rpc.StatusCode})", detail)),
        };
    }

    private int ReportInvalidArgument(RpcException rpc, string detail)
    {
        var violations = rpc.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [];
        // With field violations the server's summary repeats them; print each once, one per line.
        error.WriteLine(violations.Count > 0 ? "The server rejected the request:" : WithDetail("The server rejected the request", detail));
        foreach (var violation in violations)
        {
            error.WriteLine($"  {violation.Field}: {violation.Description}");
        }

        return ExitCodes.InvalidArgument;
    }

    private int Fail(int exitCode, string message)
    {
        error.WriteLine(message);
        return exitCode;
    }

    private static string BusinessRuleMessage(RpcException rpc, string detail)
    {
        var message = string.IsNullOrWhiteSpace(detail) ? "The server refused: a business rule was not met." : detail;
        return PasswordChangeRequired.Matches(rpc) ? $"{message} Run: groupus password change" : message;
    }

    private static string WithDetail(string summary, string detail) =>
        string.IsNullOrWhiteSpace(detail) ? $"{summary}." : $"{summary}: {detail}";

    private static string Reason(RpcException rpc) =>
        rpc.Status.DebugException?.Message is { Length: > 0 } reason ? $" ({reason})" : string.Empty;
}
