using Groupus.Application.Common.Privacy;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Marketing.ExportConsentEvidence;

/// <summary>
/// The consent history of a subscription as evidence for a legal claim (a complaint, a regulator's question). Legal
/// claims are a purpose a restriction never stops, so this works for a restricted person too.
/// </summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.PrivacyOfficer)]
public sealed record ExportConsentEvidenceQuery(string Email) : IQuery<Result<ConsentEvidence>>, IProcessesPersonalData
{
    public ProcessingPurpose Purpose => ProcessingPurpose.LegalClaims;

    public IReadOnlyCollection<SubjectIdentifier> DataSubjects => [SubjectIdentifier.Email(Email ?? "")];
}
