using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Prospects;

internal sealed class AddProspectCommand : Command
{
    private readonly Option<string> kind = ProspectChoices.Kind.Option("--kind", "Enquiry or quote request", required: true);
    private readonly Option<string> source = ProspectChoices.Source.Option("--source", "How it reached us", required: true);
    private readonly Option<string> company = new("--company") { Description = "The prospect's organisation", Required = true };
    private readonly Option<string> contact = new("--contact") { Description = "The person's full name", Required = true };
    private readonly Option<string> email = new("--email") { Description = "Work e-mail address", Required = true };
    private readonly Option<string> phone = new("--phone") { Description = "Work phone (national numbers are read as UK)" };
    private readonly Option<string> country = new("--country") { Description = "ISO 3166 two-letter country code, e.g. GB", Required = true };
    private readonly Option<string> industry = new("--industry") { Description = "The organisation's industry" };
    private readonly Option<string> revenue = ProspectChoices.Revenue.Option("--revenue", "Annual revenue band");
    private readonly Option<int?> employees = NumberOptions.Positive("--employees", "Number of employees");
    private readonly Option<string> timeframe = ProspectChoices.Timeframe.Option("--timeframe", "When they expect to buy");
    private readonly Option<string> enquiry = new("--enquiry") { Description = "What they asked, in their words", Required = true, HelpName = "TEXT" };

    public AddProspectCommand(CommandRunner runner)
        : base("add", "Write down an enquiry or quote request that reached you by phone, e-mail, at an event or by referral")
    {
        foreach (var option in new Option[] { kind, source, company, contact, email, phone, country, industry, revenue, employees, timeframe, enquiry })
        {
            Options.Add(option);
        }

        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var prospect = await client.Prospects.RecordEnquiryAsync(new RecordEnquiryRequest
            {
                Kind = ProspectChoices.Kind.From(context.Get(kind)),
                Source = ProspectChoices.Source.From(context.Get(source)),
                Company = context.Get(company),
                ContactName = context.Get(contact),
                WorkEmail = context.Get(email),
                WorkPhone = context.TextOrEmpty(phone),
                CountryCode = context.Get(country),
                Industry = context.TextOrEmpty(industry),
                RevenueBand = ProspectChoices.Revenue.From(context.ParseResult.GetValue(revenue)),
                EmployeeCount = context.Get(employees) ?? 0,
                PurchasingTimeframe = ProspectChoices.Timeframe.From(context.ParseResult.GetValue(timeframe)),
                Enquiry = context.Get(enquiry),
            });
            context.Output.Show(prospect, [Say.Line($"Recorded prospect {prospect.Id}."), .. ProspectTable.Detail(prospect, context.Time)]);
        });
    }
}
