using Groupus.Cli.Errors;

namespace Groupus.Cli.Input;

/// <summary>
/// Gets passwords either from successive lines of stdin (<c>--password-stdin</c>) or by prompting without echo.
/// </summary>
internal sealed class PasswordReader(CliEnvironment environment, bool fromStandardInput)
{
    public string Existing(string label) => fromStandardInput ? ReadLine(label) : Prompt().Ask(label);

    /// <summary>A new password; when prompting, asked twice to catch typing mistakes.</summary>
    public string New(string label)
    {
        if (fromStandardInput)
        {
            return ReadLine(label);
        }

        var password = Prompt().Ask(label);
        if (Prompt().Ask($"Repeat {label.ToLowerInvariant()}") != password)
        {
            throw CliFailure.Usage("The passwords do not match.");
        }

        return password;
    }

    /// <summary>Tells the person at the terminal why they are being asked; scripts get no chatter.</summary>
    public void Explain(string message)
    {
        if (!fromStandardInput)
        {
            environment.Error.WriteLine(message);
        }
    }

    private string ReadLine(string label)
    {
        var line = environment.Input.ReadLine();
        return string.IsNullOrEmpty(line)
            ? throw CliFailure.Usage($"Expected the {label.ToLowerInvariant()} on a line of standard input.")
            : line;
    }

    private ISecretPrompt Prompt() => environment.SecretPrompt
        ?? throw CliFailure.Usage("Cannot prompt for a password without a terminal; use --password-stdin and write it to standard input.");
}
