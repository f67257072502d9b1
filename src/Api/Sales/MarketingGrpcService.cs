using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Sales.Marketing.GetMarketingSubscription;
using Groupus.Application.Sales.Marketing.ExportConsentEvidence;
using Groupus.Application.Sales.Marketing.RecordConsent;
using Groupus.Application.Sales.Marketing.RecordWithdrawal;
using Groupus.Application.Sales.Marketing.SelectMarketingAudience;
using Groupus.Application.Sales.Marketing.SendMarketingMessage;
using Groupus.Application.Sales.Marketing.Subscribe;
using Groupus.Application.Sales.Marketing.Unsubscribe;
using Grpc.Core;
using Mediator;
using DomainMarketing = Groupus.Domain.Sales.Marketing;

namespace Groupus.Api.Sales;

public sealed class MarketingGrpcService(ISender sender) : MarketingService.MarketingServiceBase
{
    public override async Task<SubscribeResponse> Subscribe(SubscribeRequest request, ServerCallContext context) =>
        (await sender.Send(new SubscribeCommand(request.Email, request.Name.OrNull(), request.NoticeVersion, request.Wording), context.CancellationToken))
        .OrThrow().ToProto();

    public override async Task<MarketingSubscription> RecordConsent(RecordConsentRequest request, ServerCallContext context) =>
        (await sender.Send(
            new RecordConsentCommand(request.Email, request.Name.OrNull(), SalesEnumMaps.ConsentMethod.ToDomain(request.Method), request.NoticeVersion, request.Wording),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<UnsubscribeResponse> Unsubscribe(UnsubscribeRequest request, ServerCallContext context) =>
        (await sender.Send(new UnsubscribeCommand(request.Token), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<MarketingSubscription> RecordWithdrawal(RecordWithdrawalRequest request, ServerCallContext context) =>
        (await sender.Send(new RecordWithdrawalCommand(request.Email, SalesEnumMaps.ConsentMethod.ToDomain(request.Method)), context.CancellationToken))
        .OrThrow().ToProto();

    public override async Task<MarketingSubscription> GetSubscription(GetSubscriptionRequest request, ServerCallContext context) =>
        (await sender.Send(new GetMarketingSubscriptionQuery(request.Email), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<SelectMarketingAudienceResponse> SelectMarketingAudience(SelectMarketingAudienceRequest request, ServerCallContext context) =>
        (await sender.Send(new SelectMarketingAudienceQuery(), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<SendMarketingMessageResponse> SendMarketingMessage(SendMarketingMessageRequest request, ServerCallContext context) =>
        (await sender.Send(new SendMarketingMessageCommand(request.Email, request.Campaign), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ExportConsentEvidenceResponse> ExportConsentEvidence(ExportConsentEvidenceRequest request, ServerCallContext context) =>
        (await sender.Send(new ExportConsentEvidenceQuery(request.Email), context.CancellationToken)).OrThrow().ToProto();
}
