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
    private readonly IAnsiConsole console;

    public OutputWriter(CliEnvironment environment, OutputFormat format)
    {
        writer = environment.Output;
        Format = format;
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

    public OutputFormat Format { get; }

    public void Show(IMessage data, params IRenderable[] forPeople)
    {
        if (Format == OutputFormat.Json)
        {
            writer.WriteLine(ProtobufJson.Format(data));
            return;
        }

        Render(forPeople);
    }

    public void ShowAll(IEnumerable<IMessage> data, params IRenderable[] forPeople)
    {
        if (Format == OutputFormat.Json)
        {
            var items = data.Select(item => Indentation + ProtobufJson.Format(item).ReplaceLineEndings(Environment.NewLine + Indentation));
            writer.WriteLine($"[{Environment.NewLine}{string.Join("," + Environment.NewLine, items)}{Environment.NewLine}]");
            return;
        }

        Render(forPeople);
    }

    public void Show<T>(T data, JsonTypeInfo<T> jsonType, params IRenderable[] forPeople)
    {
        if (Format == OutputFormat.Json)
        {
            writer.WriteLine(JsonSerializer.Serialize(data, jsonType));
            return;
        }

        Render(forPeople);
    }

    private void Render(IRenderable[] renderables)
    {
        foreach (var renderable in renderables)
        {
            console.Write(renderable);
        }
    }
}
