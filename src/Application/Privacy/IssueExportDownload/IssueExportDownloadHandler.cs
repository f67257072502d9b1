using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Exports;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Privacy.Exports;
using Mediator;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Privacy.IssueExportDownload;

public sealed class IssueExportDownloadHandler(
    IDataSubjectRequests requests,
    IExportPackages packages,
    AuditAfterCommit audit,
    IOptions<PrivacyRequestOptions> options,
    TimeProvider clock) : ICommandHandler<IssueExportDownloadCommand, Result<ExportDownloadIssued>>
{
    public async ValueTask<Result<ExportDownloadIssued>> Handle(IssueExportDownloadCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        if (await packages.OfRequestAsync(request.Id, cancellationToken) is not { } package)
        {
            return Error.BusinessRule("NO_EXPORT_PACKAGE", "The request has no package: only a completed access or portability request has one.");
        }

        var (token, secret) = ExportDownloadToken.Issue(package, options.Value.DownloadValidity, clock.GetUtcNow().UtcDateTime);
        packages.AddToken(token);
        audit.Record(
            PrivacyAuditActions.DownloadIssued,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["token"] = token.Id.ToString(), ["expires"] = token.ExpiresAtUtc.ToString("O") });
        return new ExportDownloadIssued(secret, token.ExpiresAtUtc, package.SizeBytes, package.Sha256);
    }
}
