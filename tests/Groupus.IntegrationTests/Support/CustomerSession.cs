using Groupus.Api.Grpc.Accounts.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Groupus.IntegrationTests.Support;

/// <summary>A signed-in user of a customer organisation.</summary>
public sealed class CustomerSession(GrpcChannel channel, string accessToken, string organisationId, string userId)
{
    public string AccessToken { get; } = accessToken;

    public string OrganisationId { get; } = organisationId;

    public string UserId { get; } = userId;

    public Metadata Headers { get; } = new() { { "authorization", $"Bearer {accessToken}" } };

    public OrganisationService.OrganisationServiceClient Organisations { get; } = new(channel);

    public CustomerUserService.CustomerUserServiceClient Users { get; } = new(channel);
}
