using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Google.Protobuf;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

/// <summary>
/// Writes a command's result to stdout: for people as sentences and Spectre tables, for scripts as exactly
/// one JSON document (protobuf JSON for server data).
/// </summary>
internal sealed class OutputWriter
{
    private const string Indentation = "  ";

    private static readonly JsonFormatter ProtobufJson =
        new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true).WithIndentation(Indentation));

    /// <summary>One message per line (JSON Lines), for output that follows something as it changes.</summary>
    private static readonly JsonFormatter ProtobufJsonLine = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    private readonly CliEnvironment environment;
    private readonly TextWriter writer;
    private readonly OutputFormat format;
    private readonly IAnsiConsole console;

    public OutputWriter(CliEnvironment environment, OutputFormat format)
    {
        this.environment = environment;
        writer = environment.Output;
        this.format = format;
        console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Output),
            Ansi = environment.UseColor ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = environment.UseColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (environment.OutputWidth is { } width)
        {
            console.Profile.Width = width;
        }
    }

    /// <summary>A server message: protobuf JSON for scripts.</summary>
    public void Show(IMessage data, params IRenderable[] forPeople) =>
        Write(() => ProtobufJson.Format(data), forPeople);

    /// <summary>Streamed server messages: a JSON array of them, in order.</summary>
    public void ShowAll(IEnumerable<IMessage> data, params IRenderable[] forPeople) =>
        Write(() => JsonArray(data.Select(item => ProtobufJson.Format(item))), forPeople);

    /// <summary>One change of something being followed: a single line of protobuf JSON for scripts.</summary>
    public void ShowChange(IMessage data, params IRenderable[] forPeople) =>
        Write(() => ProtobufJsonLine.Format(data), forPeople);

    /// <summary>Words for people only; scripts reading JSON get nothing.</summary>
    public void ShowForPeople(params IRenderable[] forPeople)
    {
        if (format == OutputFormat.Table)
        {
            Write(() => string.Empty, forPeople);
        }
    }

    /// <summary>Whether progress can be redrawn in place: table output, watched by a person at a terminal.</summary>
    public bool CanRedraw => format == OutputFormat.Table && environment.IsInteractive;

    /// <summary>Shows <paramref name="first"/> and lets <paramref name="follow"/> replace it as things change; the last view stays on screen.</summary>
    public Task RedrawAsync(IRenderable first, Func<LiveDisplayContext, Task> follow)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Output),
            Ansi = AnsiSupport.Yes,
            ColorSystem = environment.UseColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        return terminal.Live(first).AutoClear(false).StartAsync(follow);
    }

    /// <summary>Data of the tool's own (never a secret): System.Text.Json for scripts.</summary>
    public void Show<T>(T data, JsonTypeInfo<T> jsonType, params IRenderable[] forPeople) =>
        Write(() => JsonSerializer.Serialize(data, jsonType), forPeople);

    private void Write(Func<string> json, IRenderable[] forPeople)
    {
        if (format == OutputFormat.Json)
        {
            writer.WriteLine(json());
            return;
        }

        foreach (var renderable in forPeople)
        {
            console.Write(renderable);
        }
    }

    private static string JsonArray(IEnumerable<string> items)
    {
        var newLine = Environment.NewLine;
        var indented = items.Select(item => Indentation + item.ReplaceLineEndings(newLine + Indentation));
        return $"[{newLine}{string.Join("," + newLine, indented)}{newLine}]";
    }
}
