using Groupus.Application.Common.Validation;
using FluentValidation;

namespace Groupus.Application.Communications.ListMyNotifications;

public sealed class ListMyNotificationsValidator : RequestValidator<ListMyNotificationsQuery>
{
    public ListMyNotificationsValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(0, ListMyNotificationsQuery.MaxLimit)
            .WithMessage($"must be between 1 and {ListMyNotificationsQuery.MaxLimit} (0 for the default)");
}
