using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.GetFaxJob;

public sealed class GetFaxJobValidator : RequestValidator<GetFaxJobQuery>
{
    public GetFaxJobValidator() => RuleFor(q => q.JobId).ValidId();
}
