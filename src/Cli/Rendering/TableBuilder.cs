using Spectre.Console;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

/// <summary>Builds a table of rows, or says so when there are none. Cell text is shown literally.</summary>
internal static class TableBuilder
{
    public static IRenderable Build<T>(IReadOnlyCollection<T> rows, string whenEmpty, params (string Heading, Func<T, string> Cell)[] columns)
    {
        if (rows.Count == 0)
        {
            return Say.Line(whenEmpty);
        }

        var table = new Table();
        foreach (var (heading, _) in columns)
        {
            table.AddColumn(new TableColumn(new Text(heading)));
        }

        foreach (var row in rows)
        {
            table.AddRow(columns.Select(column => (IRenderable)new Text(column.Cell(row))));
        }

        return table;
    }
}
