using Groupus.Api.Grpc.Accounts.V1;
using Grpc.Net.Client;

namespace Groupus.IntegrationTests.Accounts.Prospects;

/// <summary>The prospect, marketing and reseller clients on a test server's channel, and a well-formed enquiry to vary.</summary>
public sealed class SalesClients(GrpcChannel channel)
{
    public ProspectService.ProspectServiceClient Prospects { get; } = new(channel);

    public MarketingService.MarketingServiceClient Marketing { get; } = new(channel);

    public ResellerService.ResellerServiceClient Resellers { get; } = new(channel);

    public static SubmitEnquiryRequest Enquiry(string email = "ada.lovelace@engines.example.co.uk", string phone = "020 7946 0000", string? text = null) => new()
    {
        Kind = EnquiryKind.QuoteRequest,
        Company = "Analytical Engines Ltd",
        ContactName = "Ada Lovelace",
        WorkEmail = email,
        WorkPhone = phone,
        CountryCode = "gb",
        Industry = "Manufacturing",
        RevenueBand = RevenueBand.OneToTenMillion,
        EmployeeCount = 120,
        PurchasingTimeframe = PurchasingTimeframe.WithinThreeMonths,
        Enquiry = text ?? "We need a hosted PBX for 120 seats across two offices.\nCan you quote?",
    };

    public static AddResellerRequest Reseller(string reference = "RA-2026-0042", string email = "partners@voice-partners.example.co.uk", string phone = "+44 161 496 0000") => new()
    {
        Name = "Voice Partners Ltd",
        Kind = ResellerKind.Reseller,
        Address = new PostalAddress { Line1 = "1 Deansgate", Town = "Manchester", Postcode = "m3 1aa", CountryCode = "GB" },
        Email = email,
        Phone = phone,
        AgreementReference = reference,
    };
}
