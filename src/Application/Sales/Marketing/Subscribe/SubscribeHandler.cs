using Groupus.Application.Common.Results;
using Groupus.Domain.Sales.Marketing;
using Mediator;

namespace Groupus.Application.Sales.Marketing.Subscribe;

public sealed class SubscribeHandler(ConsentCapture consent) : ICommandHandler<SubscribeCommand, Result<SubscriptionReceipt>>
{
    public async ValueTask<Result<SubscriptionReceipt>> Handle(SubscribeCommand command, CancellationToken cancellationToken)
    {
        var subscription = await consent.CaptureAsync(
            command.Email, command.Name, ConsentMethod.WebForm, command.NoticeVersion, command.Wording, staffId: null, cancellationToken);
        return new SubscriptionReceipt(subscription.History.MaxBy(r => r.Sequence)!.AtUtc);
    }
}
