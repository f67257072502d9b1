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

    private readonly TextWriter writer;
    private readonly OutputFormat format;
    private readonly IAnsiConsole console;

    public OutputWriter(CliEnvironment environment, OutputFormat format)
    {
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
