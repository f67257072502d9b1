using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Marketing.ExportConsentEvidence;

public sealed class ExportConsentEvidenceValidator : RequestValidator<ExportConsentEvidenceQuery>
{
    public ExportConsentEvidenceValidator() => RuleFor(q => q.Email).EmailAddress();
}
