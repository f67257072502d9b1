using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.CancelFaxJob;

public sealed class CancelFaxJobValidator : RequestValidator<CancelFaxJobCommand>
{
    public CancelFaxJobValidator() => RuleFor(c => c.JobId).ValidId();
}
