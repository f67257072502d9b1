using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Privacy.FindSubjects;

/// <summary>Everyone one identifier names, with what every module holds about them, for review before a request. Audited.</summary>
[AuthorizeRoles(StaffRole.PrivacyOfficer, StaffRole.Admin)]
public sealed record FindSubjectsQuery(SubjectQueryInput? Query) : IQuery<Result<SubjectSearchResult>>;
