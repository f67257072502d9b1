using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.CertifyErasure;

public sealed class CertifyErasureValidator : RequestValidator<CertifyErasureCommand>
{
    public CertifyErasureValidator() => RuleFor(c => c.RequestId).ValidId();
}
