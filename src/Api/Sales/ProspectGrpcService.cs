using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Sales.Prospects.FollowUpProspect;
using Groupus.Application.Sales.Prospects.GetProspect;
using Groupus.Application.Sales.Prospects.ListProspects;
using Groupus.Application.Sales.Prospects.RecordEnquiry;
using Groupus.Application.Sales.Prospects.SubmitEnquiry;
using Grpc.Core;
using Mediator;
using DomainProspects = Groupus.Domain.Sales.Prospects;

namespace Groupus.Api.Sales;

public sealed class ProspectGrpcService(ISender sender) : ProspectService.ProspectServiceBase
{
    public override async Task<SubmitEnquiryResponse> SubmitEnquiry(SubmitEnquiryRequest request, ServerCallContext context) =>
        (await sender.Send(
            new SubmitEnquiryCommand(
                SalesEnumMaps.EnquiryKind.ToDomain(request.Kind), request.Company, request.ContactName, request.WorkEmail, request.WorkPhone.OrNull(),
                request.CountryCode, request.Industry.OrNull(), SalesEnumMaps.RevenueBand.ToDomain(request.RevenueBand), EmployeeCount(request.EmployeeCount),
                SalesEnumMaps.PurchasingTimeframe.ToDomain(request.PurchasingTimeframe), request.Enquiry),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Prospect> RecordEnquiry(RecordEnquiryRequest request, ServerCallContext context) =>
        (await sender.Send(
            new RecordEnquiryCommand(
                SalesEnumMaps.EnquiryKind.ToDomain(request.Kind), SalesEnumMaps.EnquirySource.ToDomain(request.Source), request.Company,
                request.ContactName, request.WorkEmail, request.WorkPhone.OrNull(), request.CountryCode, request.Industry.OrNull(),
                SalesEnumMaps.RevenueBand.ToDomain(request.RevenueBand), EmployeeCount(request.EmployeeCount),
                SalesEnumMaps.PurchasingTimeframe.ToDomain(request.PurchasingTimeframe), request.Enquiry),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListProspectsResponse> ListProspects(ListProspectsRequest request, ServerCallContext context)
    {
        var page = (await sender.Send(
            new ListProspectsQuery(SalesEnumMaps.ProspectStatus.ToDomain(request.Status), request.Search.OrNull(), request.PageSize, request.PageToken.OrNull()),
            context.CancellationToken)).OrThrow();
        return new ListProspectsResponse { Prospects = { page.Prospects.Select(p => p.ToProto()) }, NextPageToken = page.NextPageToken ?? "" };
    }

    public override async Task<Prospect> GetProspect(GetProspectRequest request, ServerCallContext context) =>
        (await sender.Send(new GetProspectQuery(request.ProspectId), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Prospect> FollowUpProspect(FollowUpProspectRequest request, ServerCallContext context) =>
        (await sender.Send(
            new FollowUpProspectCommand(
                request.ProspectId, SalesEnumMaps.ProspectStatus.ToDomain(request.Status), request.Note.OrNull(), request.LostReason.OrNull(),
                request.RegisterOrganisation, request.HasExpectedVersion ? request.ExpectedVersion : null),
            context.CancellationToken)).OrThrow().ToProto();

    private static int? EmployeeCount(int count) => count == 0 ? null : count;
}
