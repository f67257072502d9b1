namespace Groupus.Cli.Commands.Fax;

/// <summary>What a download saved, for <c>--output json</c>.</summary>
internal sealed record SavedFile(string File, string ContentType, long Bytes);
