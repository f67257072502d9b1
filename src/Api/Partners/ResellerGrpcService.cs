using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Partners.AddReseller;
using Groupus.Application.Partners.GetReseller;
using Groupus.Application.Partners.ListResellers;
using Groupus.Application.Partners.UpdateReseller;
using Grpc.Core;
using Mediator;
using DomainResellers = Groupus.Domain.Partners;

namespace Groupus.Api.Partners;

public sealed class ResellerGrpcService(ISender sender) : ResellerService.ResellerServiceBase
{
    public override async Task<Reseller> AddReseller(AddResellerRequest request, ServerCallContext context) =>
        (await sender.Send(
            new AddResellerCommand(
                request.Name, PartnersEnumMaps.ResellerKind.ToDomain(request.Kind), request.Address.ToInput(), request.Email, request.Phone, request.AgreementReference),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Reseller> UpdateReseller(UpdateResellerRequest request, ServerCallContext context) =>
        (await sender.Send(
            new UpdateResellerCommand(
                request.ResellerId, request.Name, PartnersEnumMaps.ResellerKind.ToDomain(request.Kind), request.Address.ToInput(), request.Email,
                request.Phone, request.AgreementReference, PartnersEnumMaps.ResellerStatus.ToDomain(request.Status),
                request.HasExpectedVersion ? request.ExpectedVersion : null),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListResellersResponse> ListResellers(ListResellersRequest request, ServerCallContext context)
    {
        var page = (await sender.Send(
            new ListResellersQuery(
                PartnersEnumMaps.ResellerKind.ToDomain(request.Kind), PartnersEnumMaps.ResellerStatus.ToDomain(request.Status), request.NameContains.OrNull(),
                request.PageSize, request.PageToken.OrNull()),
            context.CancellationToken)).OrThrow();
        return new ListResellersResponse { Resellers = { page.Resellers.Select(r => r.ToProto()) }, NextPageToken = page.NextPageToken ?? "" };
    }

    public override async Task<Reseller> GetReseller(GetResellerRequest request, ServerCallContext context) =>
        (await sender.Send(new GetResellerQuery(request.ResellerId), context.CancellationToken)).OrThrow().ToProto();
}
