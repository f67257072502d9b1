namespace Groupus.Application.Privacy.IssueExportDownload;

/// <summary>The token (shown once; only its hash is kept), when it expires, and the package's size and SHA-256.</summary>
public sealed record ExportDownloadIssued(string Token, DateTime ExpiresAtUtc, long SizeBytes, string Sha256)
{
    public override string ToString() => "ExportDownloadIssued(redacted)";
}
