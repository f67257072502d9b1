using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Mediator;

namespace Groupus.Application.Sales.Marketing.SelectMarketingAudience;

public sealed class SelectMarketingAudienceHandler(
    IMarketingAudienceSource source,
    IDataSubjectRegistry subjects,
    IProcessingRestrictions restrictions,
    IUnsubscribeTokens tokens,
    TimeProvider clock)
    : IQueryHandler<SelectMarketingAudienceQuery, Result<MarketingAudience>>
{
    public async ValueTask<Result<MarketingAudience>> Handle(SelectMarketingAudienceQuery query, CancellationToken cancellationToken)
    {
        var subscribed = await source.ListSubscribedAsync(cancellationToken);
        var subjectsOf = new Dictionary<Guid, IReadOnlyList<Guid>>(subscribed.Count);
        foreach (var recipient in subscribed)
        {
            subjectsOf[recipient.SubscriptionId] = recipient.DataSubjectId != Guid.Empty
                ? [recipient.DataSubjectId]
                : await subjects.FindAsync(SubjectIdentifier.Email(recipient.Email), cancellationToken);
        }

        var restricted = await restrictions.RestrictedAmongAsync(
            subjectsOf.Values.SelectMany(ids => ids).ToHashSet(), ProcessingPurpose.Marketing, cancellationToken);
        var selected = subscribed
            .Where(r => !subjectsOf[r.SubscriptionId].Any(restricted.Contains))
            .Select(r => r with { UnsubscribeToken = tokens.For(r.SubscriptionId) })
            .ToList();
        return new MarketingAudience(selected, subscribed.Count - selected.Count, clock.GetUtcNow().UtcDateTime);
    }
}
