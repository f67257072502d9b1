using Groupus.FaxGateway.Link;
using Groupus.FaxGateway.Service;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway.Tests.Service;

public sealed class ServiceConfigurationTests
{
    [Theory]
    [InlineData("+442079460000", "", "02079460000")]
    [InlineData("+33123456789", "", "0033123456789")]
    [InlineData("+442079460000", "9,", "9,02079460000")]
    public void The_dial_plan_dials_national_numbers_with_the_national_prefix_and_others_with_the_international_one(string e164, string outside, string dialled) =>
        Assert.Equal(dialled, new DialPlan(new DialPlanOptions { OutsideLinePrefix = outside }).DialStringFor(e164));

    [Theory]
    [InlineData("020 7946 0000", "+442079460000")]
    [InlineData("+44 20 7946 0000", "+442079460000")]
    [InlineData("0033 1 23 45 67 89", "+33123456789")]
    [InlineData("", "")]
    public void A_lines_configured_number_is_registered_in_E164(string configured, string e164) =>
        Assert.Equal(e164, new DialPlan(new DialPlanOptions()).E164For(configured));

    [Fact]
    public void A_number_not_in_E164_is_not_dialled() =>
        Assert.Throws<ArgumentException>(() => new DialPlan(new DialPlanOptions()).DialStringFor("02079460000"));

    [Fact]
    public void Bad_service_settings_are_each_named_and_the_secret_is_never_repeated()
    {
        var options = new GatewayServiceOptions
        {
            Core = new CoreLinkOptions { Address = "http://core.example.net:5080", Secret = "hunter2-secret", SecretFile = "/nonexistent" },
            Dialling = new DialPlanOptions { CountryCode = "+44", InternationalPrefix = "" },
            ListenCycleSeconds = 0,
        };

        var result = new GatewayServiceOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, failure => failure.StartsWith("Gateway:Core:Address: plain http is allowed only on loopback", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Gateway:Core:GatewayId is required", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Gateway:Core: give exactly one of Secret and SecretFile", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Gateway:Dialling:CountryCode", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Gateway:Dialling:InternationalPrefix", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Gateway:SpoolDirectory is required", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Gateway:ListenCycleSeconds", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, failure => failure.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void Good_service_settings_pass()
    {
        var options = new GatewayServiceOptions
        {
            Core = new CoreLinkOptions { Address = "http://127.0.0.1:5080", GatewayId = "gw-1", Secret = "s" },
            SpoolDirectory = "/tmp/spool",
        };

        Assert.True(new GatewayServiceOptionsValidator().Validate(null, options).Succeeded);
        options.Core.Address = "https://core.example.net";
        Assert.True(new GatewayServiceOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task The_service_does_not_start_with_a_bad_core_address()
    {
        var settings = GatewayUnderTest.Settings("http://core.example.net:5080", "/dev/null", "/tmp/spool");
        using var host = GatewayUnderTest.Build(settings);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(failure.Failures, message => message.Contains("Gateway:Core:Address", StringComparison.Ordinal));
    }

    [Fact]
    public void Reconnect_delays_double_from_the_first_delay_up_to_the_cap_with_jitter_below_each_step()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), new Random(7));

        for (var failures = 0; failures < 12; failures++)
        {
            var ceiling = Math.Min(30_000, 500 * Math.Pow(2, failures));
            var delay = backoff.DelayAfter(failures).TotalMilliseconds;
            Assert.InRange(delay, ceiling / 2, ceiling);
        }

        Assert.InRange(backoff.DelayAfter(1000).TotalSeconds, 15, 30);
    }

    [Fact]
    public async Task The_link_keeps_trying_an_unreachable_core_with_backoff()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var spool = Path.Combine(Path.GetTempPath(), "groupus-spool-" + Guid.NewGuid().ToString("N"));
        var settings = GatewayUnderTest.Settings($"http://127.0.0.1:{port}", "/nonexistent/tty", spool);
        await using var gateway = await GatewayUnderTest.StartAsync(settings);

        await FakeCore.WaitUntilAsync(() => gateway.Link.Attempts >= 5, "five connection attempts were made");
        Assert.False(gateway.Leases.IsRegistered);
        Assert.Equal("OutOfService", gateway.Line.State().Status.ToString());
    }

    [Fact]
    public async Task A_line_whose_device_is_missing_is_out_of_service_because_the_device_does_not_exist()
    {
        var spool = Path.Combine(Path.GetTempPath(), "groupus-spool-" + Guid.NewGuid().ToString("N"));
        var settings = GatewayUnderTest.Settings("http://127.0.0.1:1", "/nonexistent/ttyS9", spool);
        await using var gateway = await GatewayUnderTest.StartAsync(settings);

        await FakeCore.WaitUntilAsync(() => gateway.Line.State().Detail.Contains("/nonexistent/ttyS9", StringComparison.Ordinal), "the line reports why it is out of service");
        var state = gateway.Line.State();
        Assert.Equal("OutOfService", state.Status.ToString());
        Assert.Contains("/nonexistent/ttyS9 does not exist", state.Detail);
        Assert.DoesNotContain("denied", state.Detail, StringComparison.OrdinalIgnoreCase);
    }
}
