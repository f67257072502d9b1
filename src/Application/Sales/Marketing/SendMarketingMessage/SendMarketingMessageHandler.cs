using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Sales.Marketing;
using Mediator;

namespace Groupus.Application.Sales.Marketing.SendMarketingMessage;

public sealed class SendMarketingMessageHandler(
    IMarketingSubscriptionRepository subscriptions, IMarketingSendLog sends, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<SendMarketingMessageCommand, Result<MarketingSendReceipt>>
{
    public async ValueTask<Result<MarketingSendReceipt>> Handle(SendMarketingMessageCommand command, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindByEmailAsync(ContactRules.NormaliseEmail(command.Email), cancellationToken);
        if (subscription is null)
        {
            return Error.NotFound("A marketing subscription for that address");
        }

        var send = MarketingSend.To(subscription, command.Campaign.Trim(), caller.StaffId, clock.GetUtcNow().UtcDateTime);
        sends.Add(send);
        return new MarketingSendReceipt(send.Id, subscription.Id, send.SentAtUtc);
    }
}
