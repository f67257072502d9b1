using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Accounts.Prospects;

public sealed class MarketingConsentTests
{
    private const string Email = "Marketing.Reader@Example.co.uk";
    private const string Wording = "Yes, send me news and offers about Groupus products by e-mail. I can unsubscribe at any time.";

    [Fact]
    public async Task Consent_is_captured_withdrawn_through_the_link_twice_without_signing_in_and_given_again()
    {
        await using var server = await TestServer.StartAsync();
        var sales = new SalesClients(server.Channel);
        var support = await server.StaffAsync("sam", "support");

        var subscribed = await sales.Marketing.SubscribeAsync(new SubscribeRequest { Email = Email, Name = "Mo Reader", NoticeVersion = "2026-01", Wording = Wording });
        Assert.NotNull(subscribed.ConsentRecordedAt);

        var status = await GetAsync(sales, support);
        Assert.Equal(SubscriptionStatus.Subscribed, status.Status);
        Assert.Equal("marketing.reader@example.co.uk", status.Email);
        var consent = Assert.Single(status.History);
        Assert.Equal((ConsentAction.Given, ConsentMethod.WebForm, "2026-01", Wording), (consent.Action, consent.Method, consent.NoticeVersion, consent.Wording));
        Assert.Empty(consent.RecordedByStaffId);
        var token = status.UnsubscribeToken;

        var first = await sales.Marketing.UnsubscribeAsync(new UnsubscribeRequest { Token = token });
        var second = await sales.Marketing.UnsubscribeAsync(new UnsubscribeRequest { Token = token });
        Assert.False(first.AlreadyUnsubscribed);
        Assert.True(second.AlreadyUnsubscribed);
        Assert.Equal(first.UnsubscribedAt, second.UnsubscribedAt);

        var unsubscribed = await GetAsync(sales, support);
        Assert.Equal(SubscriptionStatus.Unsubscribed, unsubscribed.Status);
        Assert.Equal([ConsentAction.Given, ConsentAction.Withdrawn], unsubscribed.History.Select(r => r.Action));
        Assert.Equal(ConsentMethod.UnsubscribeLink, unsubscribed.History[1].Method);

        var again = await sales.Marketing.RecordConsentAsync(new RecordConsentRequest
        {
            Email = Email,
            Method = ConsentMethod.Event,
            NoticeVersion = "2026-07",
            Wording = "Agreed at the Birmingham expo stand to receive product news.",
        }, support.Headers);
        Assert.Equal(SubscriptionStatus.Subscribed, again.Status);
        Assert.Equal([ConsentAction.Given, ConsentAction.Withdrawn, ConsentAction.Given], again.History.Select(r => r.Action));
        Assert.Equal(("2026-01", "2026-07"), (again.History[0].NoticeVersion, again.History[2].NoticeVersion));
        Assert.NotEmpty(again.History[2].RecordedByStaffId);
        Assert.Equal(token, again.UnsubscribeToken);

        // The link in the very first e-mail still works after the re-subscription.
        var third = await sales.Marketing.UnsubscribeAsync(new UnsubscribeRequest { Token = token });
        Assert.False(third.AlreadyUnsubscribed);

        var id = status.Id;
        Assert.Equal(1, await ProspectsEndToEndTests.OutboxCountAsync(server, "DataSubjectRegistered", id));
        Assert.Equal(2, await ProspectsEndToEndTests.OutboxCountAsync(server, "MarketingConsentGiven", id));
        Assert.Equal(2, await ProspectsEndToEndTests.OutboxCountAsync(server, "MarketingConsentWithdrawn", id));
        Assert.Equal(1, await DatabaseSnapshot.CountAsync(server.DatabaseFile,
            "SELECT COUNT(*) FROM sales_outbox WHERE Type LIKE '%MarketingConsentGiven' AND Payload LIKE '%\"NoticeVersion\":\"2026-01\"%' AND Payload LIKE '%\"Method\":\"web-form\"%'"));
        Assert.Equal(2, await DatabaseSnapshot.CountAsync(server.DatabaseFile,
            "SELECT COUNT(*) FROM sales_outbox WHERE Type LIKE '%MarketingConsentWithdrawn' AND Payload LIKE '%\"Method\":\"unsubscribe-link\"%'"));
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM sales_outbox WHERE lower(Payload) LIKE '%marketing.reader%'"));
        Assert.Equal(4, await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM accounts_marketing_consents"));
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("marketing.reader", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_forged_or_altered_token_is_refused_and_changes_nothing()
    {
        await using var server = await TestServer.StartAsync();
        var sales = new SalesClients(server.Channel);
        var support = await server.StaffAsync("sam", "support");
        await sales.Marketing.SubscribeAsync(new SubscribeRequest { Email = Email, NoticeVersion = "2026-01", Wording = Wording });
        var token = (await GetAsync(sales, support)).UnsubscribeToken;
        var lastCharacter = token[^1] == 'A' ? 'B' : 'A';
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        string[] forgeries =
        [
            token[..^1] + Alphabet[Alphabet.IndexOf(token[^1], StringComparison.Ordinal) ^ 1],
            token.ToUpperInvariant(),
            token[..^1] + lastCharacter,
            Guid.NewGuid().ToString("N") + token[32..],
            token[..33] + new string('A', token.Length - 33),
            "not-a-token",
            token + "x",
        ];
        var before = await SnapshotAsync(server);

        foreach (var forged in forgeries)
        {
            var failure = await RpcFailure.Of(() => sales.Marketing.UnsubscribeAsync(new UnsubscribeRequest { Token = forged }));
            Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
            Assert.Contains("not a valid unsubscribe token", failure.Violations["token"], StringComparison.Ordinal);
        }

        Assert.Equal(before, await SnapshotAsync(server));
        Assert.Equal(SubscriptionStatus.Subscribed, (await GetAsync(sales, support)).Status);
    }

    [Fact]
    public async Task Consent_without_a_notice_version_or_wording_or_with_a_malformed_address_is_refused_and_changes_nothing()
    {
        await using var server = await TestServer.StartAsync();
        var sales = new SalesClients(server.Channel);
        var before = await SnapshotAsync(server);

        var missing = await RpcFailure.Of(() => sales.Marketing.SubscribeAsync(new SubscribeRequest { Email = Email }));
        var badVersion = await RpcFailure.Of(() => sales.Marketing.SubscribeAsync(new SubscribeRequest { Email = Email, NoticeVersion = "latest", Wording = Wording }));
        var badEmail = await RpcFailure.Of(() => sales.Marketing.SubscribeAsync(new SubscribeRequest { Email = "reader@", NoticeVersion = "2026-01", Wording = Wording }));

        Assert.Equal(StatusCode.InvalidArgument, missing.StatusCode);
        Assert.Equal("is required", missing.Violations["notice_version"]);
        Assert.Equal("is required", missing.Violations["wording"]);
        Assert.Contains("2026-01", badVersion.Violations["notice_version"], StringComparison.Ordinal);
        Assert.Contains("not an e-mail address", badEmail.Violations["email"], StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(server));
    }

    // PRIVACY_REQUEST names a withdrawal the privacy engine made; the proto defines it so that history can show it.
    [Fact]
    public async Task Consent_or_withdrawal_recorded_by_hand_as_a_privacy_request_is_refused_and_changes_nothing()
    {
        await using var server = await TestServer.StartAsync();
        var sales = new SalesClients(server.Channel);
        var support = await server.StaffAsync("sam", "support");
        await sales.Marketing.SubscribeAsync(new SubscribeRequest { Email = Email, NoticeVersion = "2026-01", Wording = Wording });
        var before = await SnapshotAsync(server);

        var consent = await RpcFailure.Of(() => sales.Marketing.RecordConsentAsync(
            new RecordConsentRequest { Email = Email, Method = ConsentMethod.PrivacyRequest, NoticeVersion = "2026-07", Wording = Wording }, support.Headers));
        var withdrawal = await RpcFailure.Of(() => sales.Marketing.RecordWithdrawalAsync(
            new RecordWithdrawalRequest { Email = Email, Method = ConsentMethod.PrivacyRequest }, support.Headers));

        Assert.Equal(StatusCode.InvalidArgument, consent.StatusCode);
        Assert.Contains("privacy engine", consent.Violations["method"], StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, withdrawal.StatusCode);
        Assert.Contains("privacy engine", withdrawal.Violations["method"], StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(server));
    }

    private static Task<MarketingSubscription> GetAsync(SalesClients sales, StaffSession staff) =>
        sales.Marketing.GetSubscriptionAsync(new GetSubscriptionRequest { Email = Email }, staff.Headers).ResponseAsync;

    private static async Task<string> SnapshotAsync(TestServer server) =>
        await DatabaseSnapshot.TakeAsync(server.DatabaseFile, "accounts_marketing_subscriptions", "accounts_marketing_consents")
        + await DatabaseSnapshot.CountAsync(server.DatabaseFile, "SELECT COUNT(*) FROM sales_outbox");
}
