using Groupus.Application.Common.Validation;

namespace Groupus.Application.Accounts.Resellers.GetReseller;

public sealed class GetResellerValidator : RequestValidator<GetResellerQuery>
{
    public GetResellerValidator() => RuleFor(q => q.ResellerId).ValidId();
}
