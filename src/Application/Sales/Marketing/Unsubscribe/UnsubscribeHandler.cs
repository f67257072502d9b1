using Groupus.Application.Common.Results;
using Groupus.Domain.Sales.Marketing;
using Mediator;

namespace Groupus.Application.Sales.Marketing.Unsubscribe;

public sealed class UnsubscribeHandler(IMarketingSubscriptionRepository subscriptions, IUnsubscribeTokens tokens, TimeProvider clock)
    : ICommandHandler<UnsubscribeCommand, Result<UnsubscribeOutcome>>
{
    public async ValueTask<Result<UnsubscribeOutcome>> Handle(UnsubscribeCommand command, CancellationToken cancellationToken)
    {
        tokens.TryRead(command.Token, out var subscriptionId);
        var subscription = await subscriptions.GetAsync(subscriptionId, cancellationToken);
        if (subscription is null)
        {
            // A genuine token whose subscription has since been erased: nothing left to unsubscribe.
            return Error.NotFound("The subscription");
        }

        var withdrawn = subscription.Withdraw(ConsentMethod.UnsubscribeLink, recordedByStaffId: null, clock.GetUtcNow().UtcDateTime);
        return new UnsubscribeOutcome(!withdrawn, subscription.StatusChangedAtUtc);
    }
}
