using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Fax.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Groupus.Fax.Benchmarks;

/// <summary>
/// Everything a run needs, made through the real API: the admin signed in, a customer organisation with one signed-in
/// owner (who submits the faxes), and a way to sign gateways in with their own machine credential.
/// </summary>
internal sealed class BenchmarkSession
{
    private const string CustomerPassword = "benchmark customer password";

    private BenchmarkSession(GrpcChannel channel, Metadata admin, Metadata customer, string organisationId)
    {
        Channel = channel;
        Admin = admin;
        Customer = customer;
        OrganisationId = organisationId;
        Fax = new FaxService.FaxServiceClient(channel);
    }

    public GrpcChannel Channel { get; }

    public Metadata Admin { get; }

    public Metadata Customer { get; }

    public string OrganisationId { get; }

    public FaxService.FaxServiceClient Fax { get; }

    public static async Task<BenchmarkSession> StartAsync(GrpcChannel channel, string adminPassword, string name)
    {
        var auth = new AuthService.AuthServiceClient(channel);
        var login = await auth.LoginAsync(new LoginRequest { Username = "admin", Password = adminPassword });
        var admin = Bearer(login.AccessToken);

        var address = new PostalAddress { Line1 = "1 High Street", Town = "London", Postcode = "SW1A 1AA", CountryCode = "GB" };
        var organisation = await new OrganisationService.OrganisationServiceClient(channel).RegisterOrganisationAsync(
            new RegisterOrganisationRequest { LegalName = $"Benchmark {name} Ltd", BillingAddress = address, InstallationAddress = address },
            admin);
        var username = $"bench-{name}-{Guid.NewGuid():N}"[..24];
        await new CustomerUserService.CustomerUserServiceClient(channel).CreateCustomerUserAsync(
            new CreateCustomerUserRequest
            {
                OrganisationId = organisation.Id,
                Username = username,
                DisplayName = $"Benchmark {name}",
                WorkEmail = $"{username}@example.co.uk",
                WorkPhone = "020 7946 0000",
                Role = "owner",
                InitialPassword = "initial benchmark password",
            },
            admin);
        var customer = await auth.LoginCustomerAsync(
            new LoginRequest { OrganisationId = organisation.Id, Username = username, Password = "initial benchmark password", NewPassword = CustomerPassword });
        return new BenchmarkSession(channel, admin, Bearer(customer.AccessToken), organisation.Id);
    }

    /// <summary>A new machine credential, authenticated (GatewayCredentialService, then AuthService.AuthenticateGateway).</summary>
    public async Task<Metadata> SignInGatewayAsync(string name)
    {
        var issued = await new GatewayCredentialService.GatewayCredentialServiceClient(Channel)
            .IssueGatewayCredentialAsync(new IssueGatewayCredentialRequest { Name = name }, Admin);
        var token = await new AuthService.AuthServiceClient(Channel)
            .AuthenticateGatewayAsync(new AuthenticateGatewayRequest { GatewayId = issued.Credential.Id, Secret = issued.Secret });
        return Bearer(token.AccessToken);
    }

    private static Metadata Bearer(string token) => new() { { "authorization", $"Bearer {token}" } };
}
