using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Edge.BadInput;

/// <summary>One real server with an admin, a receptionist and a customer who sends faxes, shared by the bad-input specifications.</summary>
public sealed class EdgeWorld : IAsyncLifetime
{
    public TestServer Server { get; private set; } = null!;

    public StaffSession Admin { get; private set; } = null!;

    public StaffSession Reception { get; private set; } = null!;

    public CustomerSession Customer { get; private set; } = null!;

    public FaxService.FaxServiceClient Fax => new(Server.Channel);

    public PrivacyService.PrivacyServiceClient Privacy => new(Server.Channel);

    public NumberService.NumberServiceClient Numbers => new(Server.Channel);

    public OrganisationService.OrganisationServiceClient Organisations => new(Server.Channel);

    public SignInAuditService.SignInAuditServiceClient SignInAudit => new(Server.Channel);

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync();
        Admin = await Server.AdminAsync();
        Reception = await Server.StaffAsync("rita", "reception");
        Customer = await CustomerOrganisations.WithSignedInUserAsync(Server, Admin, "Alpha Widgets Ltd", "alice-alpha");
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
