using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Customers.ServiceConfiguration.GetServiceConfiguration;
using Groupus.Application.Customers.ServiceConfiguration.ListServiceConfigurationVersions;
using Groupus.Application.Customers.ServiceConfiguration.SaveServiceConfiguration;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Customers;

public sealed class ServiceConfigurationGrpcService(ISender sender) : ServiceConfigurationService.ServiceConfigurationServiceBase
{
    public override async Task<ServiceConfiguration> GetServiceConfiguration(GetServiceConfigurationRequest request, ServerCallContext context) =>
        (await sender.Send(new GetServiceConfigurationQuery(request.OrganisationId.OrNull(), request.Version), context.CancellationToken))
        .OrThrow().ToProto();

    public override async Task<ListServiceConfigurationVersionsResponse> ListServiceConfigurationVersions(
        ListServiceConfigurationVersionsRequest request, ServerCallContext context)
    {
        var versions = (await sender.Send(new ListServiceConfigurationVersionsQuery(request.OrganisationId.OrNull()), context.CancellationToken)).OrThrow();
        return new ListServiceConfigurationVersionsResponse { Versions = { versions.Select(v => v.ToProto()) } };
    }

    public override async Task<ServiceConfiguration> SaveServiceConfiguration(SaveServiceConfigurationRequest request, ServerCallContext context) =>
        (await sender.Send(
            new SaveServiceConfigurationCommand(request.OrganisationId, request.BaseVersion, request.Products.ToDomain(), request.FeatureFlags.ToDomain()),
            context.CancellationToken)).OrThrow().ToProto();
}
