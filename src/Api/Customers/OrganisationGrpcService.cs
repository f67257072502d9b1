using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Customers.Organisations.ChangeOrganisationStatus;
using Groupus.Application.Customers.Organisations.GetOrganisation;
using Groupus.Application.Customers.Organisations.ListOrganisations;
using Groupus.Application.Customers.Organisations.RegisterOrganisation;
using Groupus.Application.Customers.Organisations.UpdateOrganisation;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Customers;

public sealed class OrganisationGrpcService(ISender sender) : OrganisationService.OrganisationServiceBase
{
    public override async Task<Organisation> RegisterOrganisation(RegisterOrganisationRequest request, ServerCallContext context) =>
        (await sender.Send(
            new RegisterOrganisationCommand(request.LegalName, request.CompanyNumber.OrNull(), request.Industry.OrNull(), request.SizeBand.OrNull(),
                request.BillingAddress.ToInput(), request.InstallationAddress.ToInput()),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Organisation> GetOrganisation(GetOrganisationRequest request, ServerCallContext context) =>
        (await sender.Send(new GetOrganisationQuery(request.OrganisationId.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListOrganisationsResponse> ListOrganisations(ListOrganisationsRequest request, ServerCallContext context)
    {
        var page = (await sender.Send(
            new ListOrganisationsQuery(request.Status.ToDomain(), request.NameContains.OrNull(), request.PageSize, request.PageToken.OrNull()),
            context.CancellationToken)).OrThrow();
        return new ListOrganisationsResponse { Organisations = { page.Organisations.Select(o => o.ToProto()) }, NextPageToken = page.NextPageToken ?? "" };
    }

    public override async Task<Organisation> UpdateOrganisation(UpdateOrganisationRequest request, ServerCallContext context) =>
        (await sender.Send(
            new UpdateOrganisationCommand(request.OrganisationId.OrNull(), request.LegalName, request.CompanyNumber.OrNull(), request.Industry.OrNull(),
                request.SizeBand.OrNull(), request.BillingAddress.ToInput(), request.InstallationAddress.ToInput(),
                request.HasExpectedVersion ? request.ExpectedVersion : null),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Organisation> ChangeOrganisationStatus(ChangeOrganisationStatusRequest request, ServerCallContext context) =>
        (await sender.Send(
            new ChangeOrganisationStatusCommand(request.OrganisationId, request.Status.ToDomain(), request.Reason.OrNull()),
            context.CancellationToken)).OrThrow().ToProto();
}
