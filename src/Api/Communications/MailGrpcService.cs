using Groupus.Api.Grpc.Communications.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Communications.ListMailDeliveries;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Communications;

public sealed class MailGrpcService(ISender sender) : MailService.MailServiceBase
{
    public override async Task<ListMailResponse> ListMail(ListMailRequest request, ServerCallContext context)
    {
        var page = (await sender.Send(
            new ListMailDeliveriesQuery(request.MailId.OrNull(), CommunicationsEnumMaps.MailStatus.ToDomain(request.Status), request.PageSize, request.PageToken.OrNull()),
            context.CancellationToken)).OrThrow();
        return new ListMailResponse { Mail = { page.Deliveries.Select(d => d.ToProto()) }, NextPageToken = page.NextPageToken ?? "" };
    }
}
