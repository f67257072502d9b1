using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Communications.ListMailDeliveries;

public sealed class ListMailDeliveriesValidator : RequestValidator<ListMailDeliveriesQuery>
{
    public ListMailDeliveriesValidator()
    {
        When(q => q.MailId is not null, () => RuleFor(q => q.MailId).ValidId());
        RuleFor(q => q.Status).IsInEnum().WithMessage("must be pending, sending, delivered, partially-delivered, failed or unknown");
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListMailDeliveriesQuery.MaxPageSize)
            .WithMessage($"must be between 1 and {ListMailDeliveriesQuery.MaxPageSize} (0 for the default)");
        RuleFor(q => q.PageToken).OptionalText(1024);
    }
}
