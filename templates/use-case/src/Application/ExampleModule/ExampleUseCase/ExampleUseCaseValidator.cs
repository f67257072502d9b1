using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.ExampleModule.ExampleUseCase;

/// <summary>Every field the caller sends, checked before the handler runs; a failure names the field (INVALID_ARGUMENT).</summary>
public sealed class ExampleUseCaseValidator : RequestValidator<ExampleUseCaseCommand>
{
    public ExampleUseCaseValidator()
    {
        RuleFor(c => c.Id).ValidId();
    }
}
