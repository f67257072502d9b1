using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.IssueExportDownload;

/// <summary>A single-use, expiring token for a completed access or portability request's package.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record IssueExportDownloadCommand(string RequestId) : ICommand<Result<ExportDownloadIssued>>;
