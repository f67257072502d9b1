using System.Text.Json;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Accounts.Numbers;

/// <summary>Support staff put a number into voice service and keep a configuration with the real CLI, in its own process.</summary>
public sealed class NumbersWithTheCliTests
{
    [Fact]
    public async Task Support_assigns_registers_and_activates_a_number_and_saves_a_configuration_with_the_cli()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sam", "support");
        var organisation = await new OrganisationService.OrganisationServiceClient(server.Channel)
            .RegisterOrganisationAsync(new RegisterOrganisationRequest { LegalName = "Acme Telecoms Ltd" }, support.Headers);
        var cli = new CliProcess(server.Address);
        await Expect(0, cli.RunAsync($"{TestServer.StrongPassword}\n", "login", "--username", "sam", "--password-stdin"));

        await Expect(0, cli.RunAsync(null, "numbers", "assign", "--org", organisation.Id, "--number", "020 7946 0123", "--purpose", "voice", "--label", "Reception"));
        await Expect(0, cli.RunAsync(null, "numbers", "assign", "--org", organisation.Id, "--first", "020 7946 0200", "--count", "3", "--purpose", "fax"));
        var duplicate = await Expect(7, cli.RunAsync(null, "numbers", "assign", "--org", organisation.Id, "--number", "+442079460123", "--purpose", "fax"));
        var early = await Expect(8, cli.RunAsync(null, "numbers", "activate", "--number", "020 7946 0123"));
        var noPostcode = await Expect(2, cli.RunAsync(null, "numbers", "address", "--number", "020 7946 0123", "--line1", "1 Telephone House", "--town", "London"));
        var badPostcode = await Expect(5, cli.RunAsync(null, "numbers", "address", "--number", "020 7946 0123", "--line1", "1 Telephone House", "--town", "London", "--postcode", "NOT A POSTCODE"));
        await Expect(0, cli.RunAsync(null, "numbers", "address", "--number", "020 7946 0123", "--line1", "1 Telephone House", "--town", "London", "--postcode", "SW1A 1AA"));
        await Expect(0, cli.RunAsync(null, "numbers", "register-address", "--number", "020 7946 0123"));
        await Expect(0, cli.RunAsync(null, "numbers", "register-address", "--number", "020 7946 0123", "--outcome", "registered"));
        var active = await Expect(0, cli.RunAsync(null, "numbers", "activate", "--number", "020 7946 0123"));
        var listed = await Expect(0, cli.RunAsync(null, "numbers", "list", "--org", organisation.Id, "--all", "--output", "json"));
        var shown = await Expect(0, cli.RunAsync(null, "numbers", "show", "--number", "+442079460123"));

        Assert.Contains("already assigned", duplicate.Error, StringComparison.Ordinal);
        Assert.Contains("until its emergency-services address is registered", early.Error, StringComparison.Ordinal);
        Assert.Contains("--postcode", noPostcode.Error, StringComparison.Ordinal);
        Assert.Contains("address.postcode:", badPostcode.Error, StringComparison.Ordinal);
        Assert.Contains("+442079460123 is active", active.Output, StringComparison.Ordinal);
        Assert.Equal(4, JsonDocument.Parse(listed.Output).RootElement.GetProperty("numbers").GetArrayLength());
        Assert.Contains("registered", shown.Output, StringComparison.Ordinal);

        await Expect(0, cli.RunAsync(null, "service-config", "save", "--org", organisation.Id, "--base-version", "0",
            "--product", "hosted-pbx=25", "--product", "fax=2", "--flag", "call-recording=on"));
        var stale = await Expect(7, cli.RunAsync(null, "service-config", "save", "--org", organisation.Id, "--base-version", "0", "--product", "fax=3"));
        var current = await Expect(0, cli.RunAsync(null, "service-config", "show", "--org", organisation.Id, "--output", "json"));
        var history = await Expect(0, cli.RunAsync(null, "service-config", "history", "--org", organisation.Id));

        Assert.Contains("Someone else changed this record", stale.Error, StringComparison.Ordinal);
        Assert.Equal(2, JsonDocument.Parse(current.Output).RootElement.GetProperty("products").GetArrayLength());
        Assert.Contains("sam", history.Output, StringComparison.Ordinal);

        // The customer's owner, signed in with the same tool, sees their own numbers and configuration without naming the organisation.
        await new CustomerUserService.CustomerUserServiceClient(server.Channel).CreateCustomerUserAsync(
            new CreateCustomerUserRequest
            {
                OrganisationId = organisation.Id, Username = "olive-owner", DisplayName = "Olive Owner", WorkEmail = "olive@example.co.uk",
                Role = "owner", InitialPassword = "initial password 123",
            },
            support.Headers);
        var customer = new CliProcess(server.Address);
        await Expect(0, customer.RunAsync($"initial password 123\n{TestServer.StrongPassword}\n", "login", "--customer", "--org", organisation.Id, "--username", "olive-owner", "--password-stdin"));
        var own = await Expect(0, customer.RunAsync(null, "numbers", "list", "--output", "json"));
        var ownConfiguration = await Expect(0, customer.RunAsync(null, "service-config", "show"));
        await Expect(4, customer.RunAsync(null, "numbers", "assign", "--org", organisation.Id, "--number", "020 7946 0999", "--purpose", "voice"));

        Assert.Equal(4, JsonDocument.Parse(own.Output).RootElement.GetProperty("numbers").GetArrayLength());
        Assert.Contains("hosted-pbx", ownConfiguration.Output, StringComparison.Ordinal);
    }

    private static async Task<CliRun> Expect(int exitCode, Task<CliRun> run)
    {
        var result = await run;
        Assert.True(result.ExitCode == exitCode, $"Expected exit {exitCode}; got {result}");
        return result;
    }
}
