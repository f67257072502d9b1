using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Commands;

namespace Groupus.Cli.Input;

/// <summary>The options of one postal address (--billing-line1, --billing-town, …); absent unless one of them is given.</summary>
internal sealed class AddressOptions
{
    private readonly Option<string> line1;
    private readonly Option<string> line2;
    private readonly Option<string> town;
    private readonly Option<string> county;
    private readonly Option<string> postcode;
    private readonly Option<string> country;

    public AddressOptions(string prefix, string description)
    {
        line1 = new($"--{prefix}-line1") { Description = $"{description}: first line" };
        line2 = new($"--{prefix}-line2") { Description = $"{description}: second line" };
        town = new($"--{prefix}-town") { Description = $"{description}: town" };
        county = new($"--{prefix}-county") { Description = $"{description}: county" };
        postcode = new($"--{prefix}-postcode") { Description = $"{description}: postcode" };
        country = new($"--{prefix}-country") { Description = $"{description}: ISO country code (default GB)" };
    }

    public void AddTo(Command command)
    {
        foreach (var option in new[] { line1, line2, town, county, postcode, country })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Null when no part was given, so the server keeps (or leaves out) the address.</summary>
    public PostalAddress? Read(CommandContext context)
    {
        string[] parts = [context.TextOrEmpty(line1), context.TextOrEmpty(line2), context.TextOrEmpty(town), context.TextOrEmpty(county), context.TextOrEmpty(postcode)];
        if (parts.All(string.IsNullOrEmpty))
        {
            return null;
        }

        var countryCode = context.TextOrEmpty(country);
        return new PostalAddress
        {
            Line1 = parts[0], Line2 = parts[1], Town = parts[2], County = parts[3], Postcode = parts[4],
            CountryCode = countryCode.Length == 0 ? "GB" : countryCode,
        };
    }
}
