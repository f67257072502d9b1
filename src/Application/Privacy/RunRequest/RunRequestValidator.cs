using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.RunRequest;

public sealed class RunRequestValidator : RequestValidator<RunRequestCommand>
{
    public RunRequestValidator() => RuleFor(c => c.RequestId).ValidId();
}
