using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Accounts.Numbers;

/// <summary>
/// One server with two customer organisations, each with an owner and a member who have signed in (changing their
/// initial password at first login), and a member of support staff.
/// </summary>
public sealed class NumbersWorld : IAsyncLifetime
{
    public static readonly string[] Tables =
        ["accounts_phone_numbers", "customers_outbox", "accounts_service_configurations", "accounts_service_configuration_versions"];

    private int _nextNumber;

    public TestServer Server { get; private set; } = null!;

    public AccountsSession Support { get; private set; } = null!;

    public AccountsSession Billing { get; private set; } = null!;

    public Customer Acme { get; private set; } = null!;

    public Customer Globex { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync();
        Support = Wrap(await Server.StaffAsync("sam", "support"));
        Billing = Wrap(await Server.StaffAsync("bill", "billing"));
        Acme = await CustomerAsync("Acme Telecoms Ltd", "acme");
        Globex = await CustomerAsync("Globex Corporation plc", "globex");
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A London number nobody else in this test run uses, in national form (020 7946 xxxx).</summary>
    public string FreshNationalNumber() => $"020 7946 {Interlocked.Increment(ref _nextNumber):0000}";

    public static string ToE164(string national) => "+44" + national.Replace(" ", "", StringComparison.Ordinal)[1..];

    public async Task<PhoneNumber> AssignAsync(Customer customer, NumberPurpose purpose = NumberPurpose.Voice, string label = "Reception") =>
        await Support.Numbers.AssignNumberAsync(
            new AssignNumberRequest { OrganisationId = customer.OrganisationId, Number = FreshNationalNumber(), Purpose = purpose, Label = label },
            Support.Headers);

    public static PostalAddress Address(string postcode = "SW1A 1AA") => new()
    {
        Line1 = "1 Telephone House", Town = "London", Postcode = postcode, CountryCode = "GB",
    };

    /// <summary>Lets the outbox dispatcher finish, so that only the call under test could change a snapshot.</summary>
    public async Task<string> SettledSnapshotAsync()
    {
        await Eventually.ValueAsync(
            () => DatabaseSnapshot.CountAsync(Server.DatabaseFile, "SELECT COUNT(*) FROM customers_outbox WHERE ProcessedAtUtc IS NULL"),
            pending => pending == 0);
        return await DatabaseSnapshot.TakeAsync(Server.DatabaseFile, Tables);
    }

    private AccountsSession Wrap(StaffSession staff) => new(Server.Channel, staff.AccessToken);

    private async Task<Customer> CustomerAsync(string legalName, string prefix)
    {
        var organisation = await Support.Organisations.RegisterOrganisationAsync(new RegisterOrganisationRequest { LegalName = legalName }, Support.Headers);
        return new Customer(
            organisation.Id,
            await CustomerUserAsync(organisation.Id, $"{prefix}-owner", "owner"),
            await CustomerUserAsync(organisation.Id, $"{prefix}-member", "member"));
    }

    private async Task<AccountsSession> CustomerUserAsync(string organisationId, string username, string role)
    {
        await Support.Users.CreateCustomerUserAsync(
            new CreateCustomerUserRequest
            {
                OrganisationId = organisationId, Username = username, DisplayName = username, WorkEmail = $"{username}@example.co.uk",
                Role = role, InitialPassword = "initial password 123",
            },
            Support.Headers);
        var login = await new AuthService.AuthServiceClient(Server.Channel).LoginCustomerAsync(
            new LoginRequest { OrganisationId = organisationId, Username = username, Password = "initial password 123", NewPassword = TestServer.StrongPassword });
        return new AccountsSession(Server.Channel, login.AccessToken);
    }

    public sealed record Customer(string OrganisationId, AccountsSession Owner, AccountsSession Member);
}
