using Google.Protobuf;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Edge.BadInput;

/// <summary>Names are refused when they hold characters a reader cannot see or that change the direction of the text.</summary>
public sealed class InvisibleCharacterTests(EdgeWorld world) : IClassFixture<EdgeWorld>
{
    public static readonly TheoryData<string, string> Invisible = new()
    {
        { "right-to-left override", "\u202E" },
        { "zero-width space", "\u200B" },
        { "byte order mark", "\uFEFF" },
        { "noncharacter", "\uFFFF" },
        { "line separator", "\u2028" },
        { "paragraph separator", "\u2029" },
        { "private use", "\uE000" },
        { "left-to-right isolate", "\u2066" },
        { "soft hyphen", "\u00AD" },
    };

    [Theory]
    [MemberData(nameof(Invisible))]
    public async Task A_visitor_name_with_an_invisible_character_is_refused(string what, string character)
    {
        var failure = await RpcFailure.Of(() => world.Reception.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = $"Ann{character}a Smith", Company = "Acme", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = "INV-1" },
            world.Reception.Headers));

        AssertRefused(failure, "visitor_name", what);
    }

    [Fact]
    public async Task A_visitors_company_and_purpose_are_names_too()
    {
        var company = await RpcFailure.Of(() => world.Reception.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = "Ann Smith", Company = "Acme\u202Edtl", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = "INV-2" },
            world.Reception.Headers));
        var purpose = await RpcFailure.Of(() => world.Reception.Visitors.PreRegisterVisitorAsync(
            new PreRegisterVisitorRequest { VisitorName = "Ann Smith", HostUsername = "rita", Purpose = "Interview\u200B", ExpectedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow.AddHours(1)) },
            world.Reception.Headers));

        AssertRefused(company, "company", "company");
        AssertRefused(purpose, "purpose", "purpose");
    }

    [Fact]
    public async Task An_organisations_legal_name_is_refused_with_a_direction_override() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Organisations.RegisterOrganisationAsync(
                new RegisterOrganisationRequest
                {
                    LegalName = "Evil \u202Edtl sgnidloH",
                    BillingAddress = CustomerOrganisations.Address(),
                    InstallationAddress = CustomerOrganisations.Address("EC1A 1BB"),
                },
                world.Admin.Headers)),
            "legal_name", "legal name");

    [Fact]
    public async Task A_customer_users_display_name_is_refused_with_a_zero_width_space() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Customer.Users.CreateCustomerUserAsync(
                new CreateCustomerUserRequest
                {
                    OrganisationId = world.Customer.OrganisationId,
                    Username = "zed-alpha",
                    DisplayName = "Ad\u200Bmin",
                    WorkEmail = "zed@example.co.uk",
                    Role = "member",
                    InitialPassword = "initial password 123",
                },
                world.Customer.Headers)),
            "display_name", "display name");

    [Fact]
    public async Task A_staff_display_name_is_refused_with_a_byte_order_mark() =>
        AssertRefused(
            await RpcFailure.Of(() => world.Admin.Staff.CreateStaffMemberAsync(
                new CreateStaffMemberRequest { Username = "bom-staff", DisplayName = "\uFEFFRita", Roles = { "reception" }, InitialPassword = "initial password 123" },
                world.Admin.Headers)),
            "display_name", "staff display name");

    [Fact]
    public async Task A_prospects_contact_name_is_refused_with_a_line_separator() =>
        AssertRefused(
            await RpcFailure.Of(() => new ProspectService.ProspectServiceClient(world.Server.Channel).SubmitEnquiryAsync(new SubmitEnquiryRequest
            {
                Kind = EnquiryKind.Enquiry,
                Company = "Acme Ltd",
                ContactName = "Ann\u2028Smith",
                WorkEmail = "ann@example.co.uk",
                CountryCode = "GB",
                Enquiry = "Please call me about hosted telephony.",
            })),
            "contact_name", "contact name");

    [Fact]
    public async Task A_fax_cover_page_sender_is_refused_with_a_direction_override()
    {
        var failure = await RpcFailure.Of(() => world.Fax.SubmitFaxAsync(
            new SubmitFaxRequest
            {
                To = "020 7946 0123",
                Cover = new CoverPage { From = "Accounts \u202Etnemyap", To = "Bob" },
                Document = ByteString.CopyFromUtf8("Hello\n"),
            },
            world.Customer.Headers));

        AssertRefused(failure, "cover.from", "cover from");
    }

    [Fact]
    public async Task Names_in_any_script_with_ordinary_spaces_and_marks_are_accepted()
    {
        var visit = await world.Reception.Visitors.SignInVisitorAsync(
            new SignInVisitorRequest { VisitorName = "Zoë O’Brien-Łukasiewicz 王秀英 محمد", Company = "Café & Co", Purpose = "Meeting", HostUsername = "rita", BadgeNumber = "INV-OK" },
            world.Reception.Headers);

        Assert.Equal("Zoë O’Brien-Łukasiewicz 王秀英 محمد", visit.VisitorName);
    }

    private static void AssertRefused(RpcFailure failure, string field, string what)
    {
        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.True(failure.Violations.ContainsKey(field), $"{what}: no violation for {field}: {string.Join(", ", failure.Violations.Keys)} ({failure.Message})");
        Assert.Contains("invisible", failure.Violations[field], StringComparison.Ordinal);
    }
}
