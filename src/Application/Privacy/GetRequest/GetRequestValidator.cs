using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.GetRequest;

public sealed class GetRequestValidator : RequestValidator<GetRequestQuery>
{
    public GetRequestValidator() => RuleFor(q => q.RequestId).ValidId();
}
