using Groupus.Api.Grpc.Accounts.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Groupus.IntegrationTests.Accounts.Numbers;

/// <summary>A signed-in person (staff or a customer's user) with the accounts clients this feature uses.</summary>
public sealed class AccountsSession(GrpcChannel channel, string accessToken)
{
    public Metadata Headers { get; } = new() { { "authorization", $"Bearer {accessToken}" } };

    public NumberService.NumberServiceClient Numbers { get; } = new(channel);

    public ServiceConfigurationService.ServiceConfigurationServiceClient Configurations { get; } = new(channel);

    public OrganisationService.OrganisationServiceClient Organisations { get; } = new(channel);

    public CustomerUserService.CustomerUserServiceClient Users { get; } = new(channel);
}
