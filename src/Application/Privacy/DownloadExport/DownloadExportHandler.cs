using Groupus.Application.Common.Content;
using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Exports;
using Groupus.Domain.Privacy.Exports;
using Mediator;

namespace Groupus.Application.Privacy.DownloadExport;

/// <summary>
/// Looks the token up by its hash, then spends it in one conditional update before any byte is read, so two
/// simultaneous downloads with one token cannot both succeed. A download cut short needs a new token. A refused
/// download is audited too: its refusal keeps its (audit) changes.
/// </summary>
public sealed class DownloadExportHandler(
    IExportPackages packages,
    IContentStore content,
    AuditAfterCommit audit,
    TimeProvider clock) : ICommandHandler<DownloadExportCommand, Result<ExportFile>>
{
    public async ValueTask<Result<ExportFile>> Handle(DownloadExportCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await packages.FindTokenAsync(ExportDownloadToken.HashOf(command.Token.Trim()), cancellationToken);
        if (token is null)
        {
            return Refused(null, "unknown", Error.NotFound("Download"));
        }

        if (token.SpentAtUtc is not null)
        {
            return Refused(token, "spent", Spent);
        }

        if (now >= token.ExpiresAtUtc)
        {
            return Refused(token, "expired", Error.BusinessRule("DOWNLOAD_TOKEN_EXPIRED", "This download link has expired: ask for a new one."));
        }

        if (!await packages.TrySpendAsync(token.Id, now, cancellationToken))
        {
            return Refused(token, "spent", Spent);
        }

        var package = await packages.GetAsync(token.PackageId, cancellationToken);
        var bytes = package is null ? null : await content.GetAsync(package.ContentId, cancellationToken);
        if (package is null || bytes is null)
        {
            return Error.NotFound("Download");
        }

        audit.Record(
            PrivacyAuditActions.Downloaded,
            null,
            new Dictionary<string, string> { ["request"] = token.RequestId.ToString(), ["token"] = token.Id.ToString(), ["bytes"] = bytes.LongLength.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new ExportFile(package.FileName, bytes, package.Sha256);
    }

    private static Error Spent => Error.BusinessRule("DOWNLOAD_TOKEN_SPENT", "This download link has already been used: ask for a new one.");

    private Error Refused(ExportDownloadToken? token, string why, Error refusal)
    {
        audit.Record(
            PrivacyAuditActions.DownloadRefused,
            null,
            token is null
                ? new Dictionary<string, string> { ["reason"] = why }
                : new Dictionary<string, string> { ["reason"] = why, ["request"] = token.RequestId.ToString(), ["token"] = token.Id.ToString() });
        return refusal.KeepingChanges();
    }
}
