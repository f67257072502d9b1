using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.GetErasureCertificate;

public sealed class GetErasureCertificateValidator : RequestValidator<GetErasureCertificateQuery>
{
    public GetErasureCertificateValidator() => RuleFor(q => q.RequestId).ValidId();
}
