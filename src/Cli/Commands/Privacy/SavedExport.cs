namespace Groupus.Cli.Commands.Privacy;

/// <summary>What an export download saved, for <c>--output json</c>.</summary>
internal sealed record SavedExport(string File, string PackageName, long Bytes, string Sha256);
