namespace Groupus.Cli.Input;

/// <summary>Asks the person at the terminal for a secret without echoing it.</summary>
public interface ISecretPrompt
{
    string Ask(string label);
}
