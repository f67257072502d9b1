using Grpc.Core;
using Grpc.Net.Client;

namespace Groupus.EndToEndTests.Support;

/// <summary>A signed-in user (staff or a customer's) of the core: the channel and the bearer token to call it with.</summary>
internal sealed class Session(GrpcChannel channel, string accessToken, string organisationId)
{
    public GrpcChannel Channel { get; } = channel;

    public string OrganisationId { get; } = organisationId;

    public Metadata Headers { get; } = new() { { "authorization", $"Bearer {accessToken}" } };
}
