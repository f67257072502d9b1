using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.Gateway.RecordFaxProgress;

public sealed class RecordFaxProgressValidator : RequestValidator<RecordFaxProgressCommand>
{
    public RecordFaxProgressValidator()
    {
        RuleFor(c => c.Phase).IsInEnum();
        RuleFor(c => c.PageNumber).GreaterThanOrEqualTo(0);
        RuleFor(c => c.RemoteId).OptionalText(40);
        When(c => c.Page is not null, () => RuleFor(c => c.Page!.PageNumber).GreaterThan(0).OverridePropertyName("page.page_number"));
    }
}
