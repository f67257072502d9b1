using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.Gateway.FinishFaxTry;

public sealed class FinishFaxTryValidator : RequestValidator<FinishFaxTryCommand>
{
    public FinishFaxTryValidator()
    {
        RuleFor(c => c.Report.Outcome).IsInEnum().OverridePropertyName("outcome");
        RuleFor(c => c.Report.ErrorCode).OptionalText(64).OverridePropertyName("error_code");
        RuleFor(c => c.Report.Detail).OptionalText(500).OverridePropertyName("detail");
        RuleFor(c => c.Report.RemoteId).OptionalText(40).OverridePropertyName("remote_id");
        RuleFor(c => c.Report.CallTime).GreaterThanOrEqualTo(TimeSpan.Zero).OverridePropertyName("call_time");
        RuleForEach(c => c.Report.Pages).Must(p => p.PageNumber > 0).WithMessage("page numbers start at 1").OverridePropertyName("pages");
    }
}
