using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Sales.Marketing.RecordConsent;

public sealed class RecordConsentHandler(ConsentCapture consent, IUnsubscribeTokens tokens, ICurrentUser caller)
    : ICommandHandler<RecordConsentCommand, Result<MarketingSubscriptionDto>>
{
    public async ValueTask<Result<MarketingSubscriptionDto>> Handle(RecordConsentCommand command, CancellationToken cancellationToken)
    {
        var subscription = await consent.CaptureAsync(
            command.Email, command.Name, command.Method!.Value, command.NoticeVersion, command.Wording, caller.StaffId, cancellationToken);
        return MarketingSubscriptionDto.From(subscription, tokens);
    }
}
