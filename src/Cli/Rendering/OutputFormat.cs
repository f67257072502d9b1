namespace Groupus.Cli.Rendering;

internal enum OutputFormat
{
    Table,
    Json,
}
