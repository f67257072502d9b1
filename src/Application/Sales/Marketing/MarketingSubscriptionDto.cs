using Groupus.Domain.Sales.Marketing;

namespace Groupus.Application.Sales.Marketing;

/// <summary>A subscription as staff see it, with its whole consent history and the token for its unsubscribe link.</summary>
public sealed record MarketingSubscriptionDto(
    Guid Id,
    string Email,
    string? Name,
    MarketingSubscriptionStatus Status,
    DateTime CreatedAtUtc,
    DateTime StatusChangedAtUtc,
    IReadOnlyList<ConsentRecordDto> History,
    string UnsubscribeToken,
    long Version)
{
    public static MarketingSubscriptionDto From(MarketingSubscription s, IUnsubscribeTokens tokens) => new(
        s.Id, s.Email, s.Name, s.Status, s.CreatedAtUtc, s.StatusChangedAtUtc,
        s.History.OrderBy(r => r.Sequence).Select(ConsentRecordDto.From).ToList(), tokens.For(s.Id), s.Version);
}
