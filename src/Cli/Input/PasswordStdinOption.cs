using System.CommandLine;

namespace Groupus.Cli.Input;

internal static class PasswordStdinOption
{
    /// <param name="lines">What each line of stdin holds, e.g. "the password, then the new password if a change is required".</param>
    public static Option<bool> Create(string lines) => new("--password-stdin")
    {
        Description = $"Read {lines} from standard input instead of prompting",
    };
}
