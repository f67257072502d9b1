using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Prospects;

internal static class ProspectTable
{
    public static IRenderable Of(IReadOnlyCollection<Prospect> prospects, LocalTime time) =>
        TableBuilder.Build(prospects, "No prospects.",
            ("Prospect", p => p.Id),
            ("Received", p => time.Short(p.ReceivedAt)),
            ("Kind", p => ProspectChoices.Kind.Word(p.Kind)),
            ("Source", p => ProspectChoices.Source.Word(p.Source)),
            ("Company", p => p.Company),
            ("Contact", p => p.ContactName),
            ("E-mail", p => p.WorkEmail),
            ("Phone", p => p.WorkPhone),
            ("Country", p => p.CountryCode),
            ("Status", p => ProspectChoices.Status.Word(p.Status)));

    /// <summary>One prospect in full: its details, the enquiry, then the follow-up history.</summary>
    public static IRenderable[] Detail(Prospect p, LocalTime time) =>
    [
        Of([p], time),
        Say.Line($"Industry: {Or(p.Industry)}   Revenue: {Or(ProspectChoices.Revenue.Word(p.RevenueBand))}   Employees: {(p.EmployeeCount == 0 ? "-" : p.EmployeeCount)}   Buying: {Or(ProspectChoices.Timeframe.Word(p.PurchasingTimeframe))}"),
        Say.Line($"Enquiry: {p.Enquiry}"),
        Say.Line(p.Status == ProspectStatus.Lost ? $"Lost because: {p.LostReason}" : p.OrganisationId.Length > 0 ? $"Organisation: {p.OrganisationId}" : string.Empty),
        TableBuilder.Build(p.FollowUps, "No follow-up yet.",
            ("When", f => time.Short(f.At)),
            ("From", f => ProspectChoices.Status.Word(f.FromStatus)),
            ("To", f => ProspectChoices.Status.Word(f.ToStatus)),
            ("By (staff id)", f => f.StaffId),
            ("Note", f => f.Note)),
    ];

    private static string Or(string text) => text.Length == 0 ? "-" : text;
}
