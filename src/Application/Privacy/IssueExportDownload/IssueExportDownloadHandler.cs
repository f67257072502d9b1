using Groupus.Application.Common.Persistence;
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
    IUnitOfWork unitOfWork,
    IPrivacyAudit audit,
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
        if (await unitOfWork.CommitAsync(cancellationToken) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        await audit.AppendAsync(
            PrivacyAuditActions.DownloadIssued,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["token"] = token.Id.ToString(), ["expires"] = token.ExpiresAtUtc.ToString("O") },
            cancellationToken);
        return new ExportDownloadIssued(secret, token.ExpiresAtUtc, package.SizeBytes, package.Sha256);
    }
}
