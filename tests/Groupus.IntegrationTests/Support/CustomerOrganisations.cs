using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;

namespace Groupus.IntegrationTests.Support;

/// <summary>Creates customer organisations and signs their users in, through the real API.</summary>
public static class CustomerOrganisations
{
    public static PostalAddress Address(string postcode = "SW1A 1AA") =>
        new() { Line1 = "1 High Street", Town = "London", Postcode = postcode, CountryCode = "GB" };

    public static async Task<Organisation> RegisterAsync(StaffSession staff, string legalName) =>
        await new OrganisationService.OrganisationServiceClient(staff.Channel).RegisterOrganisationAsync(new RegisterOrganisationRequest
        {
            LegalName = legalName,
            BillingAddress = Address(),
            InstallationAddress = Address("EC1A 1BB"),
        }, staff.Headers);

    /// <summary>An organisation with one user of the given role, signed in (first-login password change done).</summary>
    public static async Task<CustomerSession> WithSignedInUserAsync(TestServer server, StaffSession staff, string legalName, string username, string role = "owner")
    {
        var organisation = await RegisterAsync(staff, legalName);
        return await AddSignedInUserAsync(server, staff, organisation.Id, username, role);
    }

    public static async Task<CustomerSession> AddSignedInUserAsync(TestServer server, StaffSession staff, string organisationId, string username, string role)
    {
        var user = await new CustomerUserService.CustomerUserServiceClient(staff.Channel).CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            OrganisationId = organisationId,
            Username = username,
            DisplayName = $"User {username}",
            WorkEmail = $"{username}@example.co.uk",
            WorkPhone = "020 7946 0000",
            Role = role,
            InitialPassword = "initial password 123",
        }, staff.Headers);
        var login = await new AuthService.AuthServiceClient(server.Channel).LoginCustomerAsync(
            new LoginRequest { OrganisationId = organisationId, Username = username, Password = "initial password 123", NewPassword = TestServer.StrongPassword });
        return new CustomerSession(server.Channel, login.AccessToken, login.OrganisationId, user.Id);
    }
}
