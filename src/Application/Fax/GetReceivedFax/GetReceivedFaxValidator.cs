using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.GetReceivedFax;

public sealed class GetReceivedFaxValidator : RequestValidator<GetReceivedFaxQuery>
{
    public GetReceivedFaxValidator() => RuleFor(q => q.FaxId).ValidId();
}
