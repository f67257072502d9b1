using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Marketing.Unsubscribe;

public sealed class UnsubscribeValidator : RequestValidator<UnsubscribeCommand>
{
    public const int MaxTokenLength = 128;

    public UnsubscribeValidator(IUnsubscribeTokens tokens) =>
        RuleFor(c => c.Token).NotEmpty().WithMessage("is required")
            .MaximumLength(MaxTokenLength).WithMessage("is not an unsubscribe token")
            .Must(token => tokens.TryRead(token!, out _)).WithMessage("is not a valid unsubscribe token: copy the whole link from the e-mail");
}
