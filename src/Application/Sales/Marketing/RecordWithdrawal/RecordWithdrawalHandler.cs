using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Sales.Marketing.RecordWithdrawal;

public sealed class RecordWithdrawalHandler(IMarketingSubscriptionRepository subscriptions, IUnsubscribeTokens tokens, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<RecordWithdrawalCommand, Result<MarketingSubscriptionDto>>
{
    public async ValueTask<Result<MarketingSubscriptionDto>> Handle(RecordWithdrawalCommand command, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindByEmailAsync(ContactRules.NormaliseEmail(command.Email), cancellationToken);
        if (subscription is null)
        {
            return Error.NotFound("A marketing subscription for that address");
        }

        subscription.Withdraw(command.Method!.Value, caller.StaffId, clock.GetUtcNow().UtcDateTime);
        return MarketingSubscriptionDto.From(subscription, tokens);
    }
}
