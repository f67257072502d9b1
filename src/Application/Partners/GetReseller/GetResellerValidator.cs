using Groupus.Application.Common.Validation;

namespace Groupus.Application.Partners.GetReseller;

public sealed class GetResellerValidator : RequestValidator<GetResellerQuery>
{
    public GetResellerValidator() => RuleFor(q => q.ResellerId).ValidId();
}
