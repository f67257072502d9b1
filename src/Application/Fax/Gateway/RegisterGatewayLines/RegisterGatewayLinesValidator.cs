using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.Gateway.RegisterGatewayLines;

public sealed class RegisterGatewayLinesValidator : RequestValidator<RegisterGatewayLinesCommand>
{
    public RegisterGatewayLinesValidator()
    {
        RuleFor(c => c.Lines).NotEmpty().Must(lines => lines.Count <= RegisterGatewayLinesCommand.MaxLines)
            .WithMessage($"at most {RegisterGatewayLinesCommand.MaxLines} lines")
            .Must(lines => lines.Select(l => l.LineId).Distinct(StringComparer.Ordinal).Count() == lines.Count)
            .WithMessage("line ids must be unique");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.LineId).RequiredText(RegisterGatewayLinesCommand.MaxLineIdLength).MustBePrintableText();
            line.RuleFor(l => l.Number).OptionalText(40);
        }).OverridePropertyName("lines");
    }
}
