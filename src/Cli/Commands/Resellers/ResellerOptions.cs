using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;

namespace Groupus.Cli.Commands.Resellers;

/// <summary>The detail options add and update share. For update none is required: what is left out is kept.</summary>
internal sealed class ResellerOptions
{
    public ResellerOptions(bool required)
    {
        Name = new("--name") { Description = "Trading name", Required = required };
        Kind = ResellerChoices.Kind.Option("--kind", "Reseller or distributor", required);
        Email = new("--email") { Description = "Contact e-mail address", Required = required };
        Phone = new("--phone") { Description = "Contact phone (national numbers are read as UK)", Required = required };
        Agreement = new("--agreement") { Description = "The agreement reference, unique, e.g. RA-2026-0042", Required = required, HelpName = "REFERENCE" };
        Line1 = new("--line1") { Description = "Address: first line", Required = required };
        Line2 = new("--line2") { Description = "Address: second line" };
        Town = new("--town") { Description = "Address: town", Required = required };
        County = new("--county") { Description = "Address: county" };
        Postcode = new("--postcode") { Description = "Address: postcode", Required = required };
        Country = new("--country") { Description = "Address: ISO 3166 two-letter country code [default: GB]" };
    }

    public Option<string> Name { get; }

    public Option<string> Kind { get; }

    public Option<string> Email { get; }

    public Option<string> Phone { get; }

    public Option<string> Agreement { get; }

    public Option<string> Line1 { get; }

    public Option<string> Line2 { get; }

    public Option<string> Town { get; }

    public Option<string> County { get; }

    public Option<string> Postcode { get; }

    public Option<string> Country { get; }

    public IEnumerable<Option> All => [Name, Kind, Email, Phone, Agreement, Line1, Line2, Town, County, Postcode, Country];

    /// <summary>The address from the options given, each part left out taken from <paramref name="current"/>.</summary>
    public PostalAddress Address(CommandContext context, PostalAddress? current) => new()
    {
        Line1 = Pick(context, Line1, current?.Line1),
        Line2 = Pick(context, Line2, current?.Line2),
        Line3 = current?.Line3 ?? string.Empty,
        Town = Pick(context, Town, current?.Town),
        County = Pick(context, County, current?.County),
        Postcode = Pick(context, Postcode, current?.Postcode),
        CountryCode = Pick(context, Country, current?.CountryCode ?? "GB"),
    };

    public static string Pick(CommandContext context, Option<string> option, string? current) =>
        context.ParseResult.GetValue(option) ?? current ?? string.Empty;
}
