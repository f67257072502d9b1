using Spectre.Console;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

/// <summary>Plain sentences for people, safe for any text the server sends (no markup is interpreted).</summary>
internal static class Say
{
    public static IRenderable Line(string text) => new Text(text + Environment.NewLine);
}
