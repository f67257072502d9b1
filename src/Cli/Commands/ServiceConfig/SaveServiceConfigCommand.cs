using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Commands.Numbers;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.ServiceConfig;

/// <summary>Saves the whole document as given: products and flags not named are not in the new version.</summary>
internal sealed class SaveServiceConfigCommand : Command
{
    private readonly Option<string> organisation = NumberArguments.Organisation();
    private readonly Option<int> baseVersion = new("--base-version")
    {
        Description = "The version you edited (0 for the first save); if someone saved since, nothing is saved (exit 7)",
        HelpName = "VERSION",
        Required = true,
    };

    private readonly Option<ProductSelection[]> products = new("--product")
    {
        Description = "A product and its seats, e.g. hosted-pbx=25; repeat for several",
        HelpName = "CODE=SEATS",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = ParseProducts,
    };

    private readonly Option<FeatureFlag[]> flags = new("--flag")
    {
        Description = "A feature flag, e.g. call-recording=on; repeat for several",
        HelpName = "NAME=on|off",
        Arity = ArgumentArity.OneOrMore,
        CustomParser = ParseFlags,
    };

    public SaveServiceConfigCommand(CommandRunner runner)
        : base("save", "Save a new version of an organisation's service configuration (admin, support, billing)")
    {
        Options.Add(organisation);
        Options.Add(baseVersion);
        Options.Add(products);
        Options.Add(flags);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var saved = await client.ServiceConfigurations.SaveServiceConfigurationAsync(new SaveServiceConfigurationRequest
            {
                OrganisationId = context.Get(organisation),
                BaseVersion = context.Get(baseVersion),
                Products = { context.ParseResult.GetValue(products) ?? [] },
                FeatureFlags = { context.ParseResult.GetValue(flags) ?? [] },
            });
            context.Output.Show(saved, [Say.Line($"Saved version {saved.Version}."), .. ServiceConfigurationTable.Of(saved, context.Time)]);
        });
    }

    private static ProductSelection[] ParseProducts(ArgumentResult result) =>
        [.. result.Tokens.Select(token =>
        {
            var parts = token.Value.Split('=', 2);
            if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seats))
            {
                return new ProductSelection { ProductCode = parts[0], Seats = seats };
            }

            result.AddError($"{OptionName.Of(result)}: '{token.Value}' is not CODE=SEATS, e.g. hosted-pbx=25.");
            return new ProductSelection();
        })];

    private static FeatureFlag[] ParseFlags(ArgumentResult result) =>
        [.. result.Tokens.Select(token =>
        {
            var parts = token.Value.Split('=', 2);
            if (parts.Length == 2 && parts[1] is "on" or "off")
            {
                return new FeatureFlag { Name = parts[0], Enabled = parts[1] == "on" };
            }

            result.AddError($"{OptionName.Of(result)}: '{token.Value}' is not NAME=on or NAME=off.");
            return new FeatureFlag();
        })];
}
