using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.IssueExportDownload;

public sealed class IssueExportDownloadValidator : RequestValidator<IssueExportDownloadCommand>
{
    public IssueExportDownloadValidator() => RuleFor(c => c.RequestId).ValidId();
}
