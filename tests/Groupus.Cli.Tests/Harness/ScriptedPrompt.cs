extern alias cli;

using cli::Groupus.Cli.Input;

namespace Groupus.Cli.Tests.Harness;

/// <summary>Stands in for the person at the terminal: answers prompts in order and remembers what was asked.</summary>
public sealed class ScriptedPrompt(params string[] answers) : ISecretPrompt
{
    private readonly Queue<string> answers = new(answers);

    public List<string> Asked { get; } = [];

    public string Ask(string label)
    {
        Asked.Add(label);
        return answers.Dequeue();
    }
}
