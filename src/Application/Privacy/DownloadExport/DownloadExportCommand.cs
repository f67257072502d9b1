using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Privacy.DownloadExport;

/// <summary>
/// Anyone holding a token: the package. The token is the credential (a bearer capability), so no sign-in is asked.
/// Unknown or forged tokens are NOT_FOUND; spent or expired ones FAILED_PRECONDITION; nothing else is revealed.
/// </summary>
[Anonymous]
public sealed record DownloadExportCommand(string Token) : ICommand<Result<ExportFile>>
{
    public override string ToString() => "DownloadExportCommand(redacted)";
}
