using Groupus.Api.Grpc.Accounts.V1;

namespace Groupus.Cli.Commands.Prospects;

internal static class ProspectChoices
{
    public static readonly Choice<EnquiryKind> Kind = new(new Dictionary<string, EnquiryKind>
    {
        ["enquiry"] = EnquiryKind.Enquiry,
        ["quote"] = EnquiryKind.QuoteRequest,
    });

    public static readonly Choice<EnquirySource> Source = new(new Dictionary<string, EnquirySource>
    {
        ["website"] = EnquirySource.WebsiteForm,
        ["phone"] = EnquirySource.Phone,
        ["email"] = EnquirySource.Email,
        ["event"] = EnquirySource.Event,
        ["referral"] = EnquirySource.Referral,
        ["other"] = EnquirySource.Other,
    });

    public static readonly Choice<RevenueBand> Revenue = new(new Dictionary<string, RevenueBand>
    {
        ["under-1m"] = RevenueBand.UnderOneMillion,
        ["1m-10m"] = RevenueBand.OneToTenMillion,
        ["10m-50m"] = RevenueBand.TenToFiftyMillion,
        ["50m-250m"] = RevenueBand.FiftyToTwoHundredFiftyMillion,
        ["over-250m"] = RevenueBand.OverTwoHundredFiftyMillion,
    });

    public static readonly Choice<PurchasingTimeframe> Timeframe = new(new Dictionary<string, PurchasingTimeframe>
    {
        ["immediately"] = PurchasingTimeframe.Immediately,
        ["within-3-months"] = PurchasingTimeframe.WithinThreeMonths,
        ["3-6-months"] = PurchasingTimeframe.ThreeToSixMonths,
        ["6-12-months"] = PurchasingTimeframe.SixToTwelveMonths,
        ["over-12-months"] = PurchasingTimeframe.MoreThanTwelveMonths,
        ["undecided"] = PurchasingTimeframe.Undecided,
    });

    public static readonly Choice<ProspectStatus> Status = new(new Dictionary<string, ProspectStatus>
    {
        ["new"] = ProspectStatus.New,
        ["contacted"] = ProspectStatus.Contacted,
        ["qualified"] = ProspectStatus.Qualified,
        ["converted"] = ProspectStatus.Converted,
        ["lost"] = ProspectStatus.Lost,
    });
}
