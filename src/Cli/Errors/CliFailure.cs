namespace Groupus.Cli.Errors;

/// <summary>A failure detected by the tool itself, with the message to show and the exit code to return.</summary>
internal sealed class CliFailure(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliFailure Usage(string message) => new(ExitCodes.Usage, message);

    public static CliFailure NotLoggedIn() =>
        new(ExitCodes.Unauthenticated, "Not logged in. Run: groupus login --username <you>");

    public static CliFailure SessionExpired() =>
        new(ExitCodes.Unauthenticated, "Your session has expired or is invalid. Run: groupus login");

    public static CliFailure LoggedInElsewhere(string loggedInTo, string requested) =>
        new(ExitCodes.Unauthenticated,
            $"You are logged in to {loggedInTo}, not {requested}. Run: groupus login --server {requested} --username <you>");
}
