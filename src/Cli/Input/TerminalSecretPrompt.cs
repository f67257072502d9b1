using Spectre.Console;

namespace Groupus.Cli.Input;

/// <summary>Prompts on the real terminal without echoing what is typed (on stderr, so stdout stays clean for scripts).</summary>
internal sealed class TerminalSecretPrompt : ISecretPrompt
{
    private readonly IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
        Interactive = InteractionSupport.Yes,
    });

    public string Ask(string label) => console.Prompt(new TextPrompt<string>($"{Markup.Escape(label)}:").Secret(mask: null));
}
