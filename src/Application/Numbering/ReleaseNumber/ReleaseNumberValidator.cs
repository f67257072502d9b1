using Groupus.Application.Common.Validation;

namespace Groupus.Application.Numbering.ReleaseNumber;

public sealed class ReleaseNumberValidator : RequestValidator<ReleaseNumberCommand>
{
    public ReleaseNumberValidator() => RuleFor(c => c.NumberId).ValidId();
}
