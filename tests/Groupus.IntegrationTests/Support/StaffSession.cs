using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Communications.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Groupus.IntegrationTests.Support;

/// <summary>A signed-in member of staff: their token and clients for every service.</summary>
public sealed class StaffSession(GrpcChannel channel, string accessToken)
{
    public GrpcChannel Channel { get; } = channel;

    public string AccessToken { get; } = accessToken;

    public Metadata Headers { get; } = new() { { "authorization", $"Bearer {accessToken}" } };

    public VisitorService.VisitorServiceClient Visitors { get; } = new(channel);

    public StaffService.StaffServiceClient Staff { get; } = new(channel);

    public AuthService.AuthServiceClient Auth { get; } = new(channel);

    public NotificationService.NotificationServiceClient Notifications { get; } = new(channel);
}
