using FluentValidation;

namespace Groupus.Application.Common.Validation;

/// <summary>The base of every request validator: one message per field (the first rule it breaks), not a pile.</summary>
public abstract class RequestValidator<T> : AbstractValidator<T>
{
    protected RequestValidator() => RuleLevelCascadeMode = CascadeMode.Stop;
}
