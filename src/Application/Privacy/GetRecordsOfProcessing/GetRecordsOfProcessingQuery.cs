using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.GetRecordsOfProcessing;

/// <summary>The records of processing, from every module's registration and the fields classified in the code; its generation is audited.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record GetRecordsOfProcessingQuery : IQuery<Result<RecordsOfProcessingReport>>;
