using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Numbers;

internal sealed class SetAddressCommand : Command
{
    private readonly Option<string> number = NumberArguments.Number();
    private readonly Option<string> line1 = new("--line1") { Description = "First line of the installation address", Required = true };
    private readonly Option<string> line2 = new("--line2") { Description = "Second line" };
    private readonly Option<string> line3 = new("--line3") { Description = "Third line" };
    private readonly Option<string> town = new("--town") { Description = "Town or city", Required = true };
    private readonly Option<string> county = new("--county") { Description = "County" };
    private readonly Option<string> postcode = new("--postcode") { Description = "Postcode, e.g. SW1A 1AA", Required = true };
    private readonly Option<string> country = new("--country") { Description = "ISO 3166 country code", DefaultValueFactory = _ => "GB" };
    private readonly Option<long?> expectedVersion = NumberArguments.ExpectedVersion();

    public SetAddressCommand(CommandRunner runner)
        : base("address", "Set the emergency-services (installation) address of a number; its registration starts again (customer owners and admins; admin, support)")
    {
        Options.Add(number);
        Options.Add(line1);
        Options.Add(line2);
        Options.Add(line3);
        Options.Add(town);
        Options.Add(county);
        Options.Add(postcode);
        Options.Add(country);
        Options.Add(expectedVersion);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new SetEmergencyAddressRequest
            {
                NumberId = await NumberArguments.ResolveIdAsync(client, context.Get(number)),
                Address = new PostalAddress
                {
                    Line1 = context.Get(line1), Line2 = context.TextOrEmpty(line2), Line3 = context.TextOrEmpty(line3), Town = context.Get(town),
                    County = context.TextOrEmpty(county), Postcode = context.Get(postcode), CountryCode = context.Get(country),
                },
            };
            if (context.Get(expectedVersion) is { } version)
            {
                request.ExpectedVersion = version;
            }

            var changed = await client.Numbers.SetEmergencyAddressAsync(request);
            context.Output.Show(changed,
                Say.Line($"Emergency address of {changed.Number} set; submit it with: groupus numbers register-address --number {changed.Number}"),
                NumberTable.Of(changed));
        });
    }
}
