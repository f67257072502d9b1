using System.Collections.Concurrent;
using Groupus.FaxGateway.Emulation;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.Modems.Serial;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway.Tests.Diagnostics;

public sealed class FaxLineConfigurationTests
{
    [Fact]
    public void A_complete_line_binds_from_configuration_with_its_port_settings_and_quirks()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Gateway:Lines:0:Name"] = "reception",
            ["Gateway:Lines:0:Device"] = "/dev/ttyUSB0",
            ["Gateway:Lines:0:Class"] = "2.0",
            ["Gateway:Lines:0:LocalId"] = "+44 20 7946 0000",
            ["Gateway:Lines:0:Number"] = "020 7946 0000",
            ["Gateway:Lines:0:AnswerRings"] = "3",
            ["Gateway:Lines:0:Port:BaudRate"] = "19200",
            ["Gateway:Lines:0:Port:FlowControl"] = "Hardware",
            ["Gateway:Lines:0:Port:UseDtr"] = "true",
            ["Gateway:Lines:0:Quirks:InitCommands:0"] = "&K3",
            ["Gateway:Lines:0:Quirks:ResetCommand"] = "&F",
            ["Gateway:Lines:0:Quirks:CommandDelayMilliseconds"] = "50",
        });

        var line = Assert.Single(options.Lines);
        Assert.Equal(("reception", "/dev/ttyUSB0", "2.0", 3), (line.Name, line.Device, line.Class, line.AnswerRings));
        Assert.Equal(new ModemPortOptions { BaudRate = 19200, FlowControl = FlowControl.Hardware, UseDtr = true }, line.Port.ToModemPortOptions());
        Assert.Equal(["&K3"], line.Quirks.InitCommands);
        var class2 = FaxModemDriverFactory.Class2OptionsFor(line, Fax.Modems.Class2.Class2Dialect.Class20);
        Assert.Equal(("&F", TimeSpan.FromMilliseconds(50), FlowControl.Hardware), (class2.ResetCommand, class2.CommandDelay, class2.FlowControl));
    }

    [Fact]
    public void A_bad_line_stops_start_up_with_errors_that_name_the_line_and_the_setting()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new Dictionary<string, string?>
        {
            ["Gateway:Lines:0:Name"] = "reception",
            ["Gateway:Lines:0:Device"] = "/dev/ttyUSB0",
            ["Gateway:Lines:0:Class"] = "3",
            ["Gateway:Lines:0:LocalId"] = "Groupus reception desk",
            ["Gateway:Lines:0:AnswerRings"] = "0",
            ["Gateway:Lines:0:Quirks:InitCommands:0"] = "AT&K3",
            ["Gateway:Lines:1:Name"] = "reception",
            ["Gateway:Lines:1:Device"] = "",
        }));

        Assert.Contains("Gateway:Lines:0 ('reception'): Class must be \"1\", \"2\" or \"2.0\", not \"3\".", failure.Failures);
        Assert.Contains("Gateway:Lines:0 ('reception'): LocalId must be at most 20 characters of digits, '+' and spaces.", failure.Failures);
        Assert.Contains("Gateway:Lines:0 ('reception'): AnswerRings must be between 1 and 20.", failure.Failures);
        Assert.Contains("Gateway:Lines:0 ('reception'): Quirks:InitCommands are written without the AT prefix, one command each.", failure.Failures);
        Assert.Contains("Gateway:Lines:1 ('reception'): Device is required (e.g. /dev/ttyUSB0).", failure.Failures);
        Assert.Contains("Gateway:Lines: the name 'reception' is used by more than one line.", failure.Failures);
    }

    [Fact]
    public void No_lines_at_all_is_a_valid_configuration() => Assert.Empty(Bind(new Dictionary<string, string?>()).Lines);

    [Fact]
    public async Task The_service_probes_each_line_and_logs_its_modem_without_the_line_s_number_or_identity()
    {
        var network = new EmulatedTelephoneNetwork();
        await using var modem = Class2ModemEmulator.Start(network, "1001", new Class2ModemEmulatorOptions { Manufacturer = "Acme Fax", Model = "AF-2000" });
        var settings = Tests.Service.GatewayUnderTest.Settings("http://127.0.0.1:1", modem.DevicePath, Path.Combine(Path.GetTempPath(), "groupus-spool-" + Guid.NewGuid().ToString("N")));
        settings["Gateway:Lines:0:Name"] = "reception";
        settings["Gateway:Lines:1:Name"] = "spare";
        settings["Gateway:Lines:1:Device"] = "/dev/groupus-no-such-modem";
        settings["Gateway:Lines:1:Class"] = "2";
        var logger = new RecordingLoggerProvider();
        using var host = Tests.Service.GatewayUnderTest.Build(settings, logger);

        await host.StartAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!logger.Messages.Any(m => m.StartsWith("Line reception: modem", StringComparison.Ordinal))
            || !logger.Messages.Any(m => m.StartsWith("Line spare: out of service", StringComparison.Ordinal)))
        {
            await Task.Delay(20, patience.Token);
        }

        await host.StopAsync();

        Assert.Contains(logger.Messages, m => m.StartsWith("Fax gateway started with 2 configured line(s)", StringComparison.Ordinal));
        Assert.Contains($"Line reception: opened {modem.DevicePath} (class 2.0)", logger.Messages);
        Assert.Contains("Line reception: modem Acme Fax AF-2000 revision 1.0, fax classes 0,2,2.0", logger.Messages);
        Assert.DoesNotContain(logger.Messages, m => m.Contains("7946", StringComparison.Ordinal));
    }

    private static GatewayLinesOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddFaxLines(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<GatewayLinesOptions>>().Value;
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyList<string> Messages => [.. _messages];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _messages.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
