namespace Groupus.Cli.Commands.Privacy;

/// <summary>Where the records of processing were saved, for <c>--output json</c> with <c>--out</c>.</summary>
internal sealed record SavedReport(string File, string Format, long Bytes, string JsonSha256);
