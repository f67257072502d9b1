using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Communications.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Api.Grpc.Visitors.V1;

namespace Groupus.Cli.Connection;

/// <summary>One channel to a Groupus server and the service clients that share it.</summary>
internal sealed class GroupusClient : IDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    private readonly GrpcChannel channel;

    private GroupusClient(ServerAddress server, string? accessToken, TimeSpan timeout, CancellationToken cancellationToken)
    {
        channel = GrpcChannel.ForAddress(server.Uri, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { ConnectTimeout = ConnectTimeout < timeout ? ConnectTimeout : timeout },
            DisposeHttpClient = true,
        });
        var invoker = channel.Intercept(new CallDefaultsInterceptor(accessToken, timeout, cancellationToken));
        Auth = new AuthService.AuthServiceClient(invoker);
        Staff = new StaffService.StaffServiceClient(invoker);
        Visitors = new VisitorService.VisitorServiceClient(invoker);
        Notifications = new NotificationService.NotificationServiceClient(invoker);
        Mail = new MailService.MailServiceClient(invoker);
        Organisations = new OrganisationService.OrganisationServiceClient(invoker);
        CustomerUsers = new CustomerUserService.CustomerUserServiceClient(invoker);
        GatewayCredentials = new GatewayCredentialService.GatewayCredentialServiceClient(invoker);
        Prospects = new ProspectService.ProspectServiceClient(invoker);
        Marketing = new MarketingService.MarketingServiceClient(invoker);
        Resellers = new ResellerService.ResellerServiceClient(invoker);
        Numbers = new NumberService.NumberServiceClient(invoker);
        ServiceConfigurations = new ServiceConfigurationService.ServiceConfigurationServiceClient(invoker);
        Fax = new FaxService.FaxServiceClient(invoker);
        Privacy = new PrivacyService.PrivacyServiceClient(invoker);
    }

    public AuthService.AuthServiceClient Auth { get; }

    public StaffService.StaffServiceClient Staff { get; }

    public VisitorService.VisitorServiceClient Visitors { get; }

    public NotificationService.NotificationServiceClient Notifications { get; }

    public MailService.MailServiceClient Mail { get; }

    public OrganisationService.OrganisationServiceClient Organisations { get; }

    public CustomerUserService.CustomerUserServiceClient CustomerUsers { get; }

    public GatewayCredentialService.GatewayCredentialServiceClient GatewayCredentials { get; }

    public ProspectService.ProspectServiceClient Prospects { get; }

    public MarketingService.MarketingServiceClient Marketing { get; }

    public ResellerService.ResellerServiceClient Resellers { get; }

    public NumberService.NumberServiceClient Numbers { get; }

    public ServiceConfigurationService.ServiceConfigurationServiceClient ServiceConfigurations { get; }

    public FaxService.FaxServiceClient Fax { get; }

    public PrivacyService.PrivacyServiceClient Privacy { get; }

    public static GroupusClient Anonymous(ServerAddress server, TimeSpan timeout, CancellationToken cancellationToken) =>
        new(server, accessToken: null, timeout, cancellationToken);

    public static GroupusClient WithToken(ServerAddress server, string accessToken, TimeSpan timeout, CancellationToken cancellationToken) =>
        new(server, accessToken, timeout, cancellationToken);

    public void Dispose() => channel.Dispose();
}
