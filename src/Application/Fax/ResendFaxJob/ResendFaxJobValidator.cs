using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.ResendFaxJob;

public sealed class ResendFaxJobValidator : RequestValidator<ResendFaxJobCommand>
{
    public ResendFaxJobValidator()
    {
        RuleFor(c => c.JobId).ValidId();
        RuleFor(c => c.To).OptionalText(40);
    }
}
