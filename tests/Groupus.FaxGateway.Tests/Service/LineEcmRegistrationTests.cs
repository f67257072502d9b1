using Groupus.Fax.Modems.Lines;

namespace Groupus.FaxGateway.Tests.Service;

/// <summary>A line registers ECM only when its calls will use it: Class 1 unless turned off, never Class 2/2.0.</summary>
public sealed class LineEcmRegistrationTests
{
    [Fact]
    public async Task Each_line_registers_ECM_as_its_own_setting_says_and_Class_2_lines_never_do()
    {
        await using var core = await FakeCore.StartAsync();
        var spool = Path.Combine(Path.GetTempPath(), "groupus-spool-" + Guid.NewGuid().ToString("N"));
        var settings = GatewayUnderTest.Settings(core.Address, "/dev/groupus-no-such-modem-0", spool);
        settings["Gateway:Lines:0:Class"] = "1";
        AddLine(settings, 1, "1", ecm: "false");
        AddLine(settings, 2, "2.0", ecm: null);
        AddLine(settings, 3, "1", ecm: "true");
        await using var gateway = await GatewayUnderTest.StartAsync(settings);

        var register = (await core.WaitForAsync(message => message.Register is not null)).Register;

        Assert.Equal(
            [(GatewayUnderTest.LineName, true), ("line-1", false), ("line-2", false), ("line-3", true)],
            register.Lines.Select(line => (line.LineId, line.Ecm)));
    }

    [Fact]
    public void ECM_asked_for_on_a_Class_2_line_is_refused_at_start_naming_the_line()
    {
        var options = new GatewayLinesOptions
        {
            Lines = [new FaxLineOptions { Name = "reception", Device = "/dev/ttyUSB0", Class = "2.0", Ecm = true }],
        };

        var result = new GatewayLinesValidator().Validate(null, options);

        Assert.Contains(result.Failures ?? [], failure => failure.StartsWith("Gateway:Lines:0 ('reception'): Ecm", StringComparison.Ordinal));
    }

    private static void AddLine(Dictionary<string, string?> settings, int index, string faxClass, string? ecm)
    {
        settings[$"Gateway:Lines:{index}:Name"] = $"line-{index}";
        settings[$"Gateway:Lines:{index}:Device"] = $"/dev/groupus-no-such-modem-{index}";
        settings[$"Gateway:Lines:{index}:Class"] = faxClass;
        settings[$"Gateway:Lines:{index}:Number"] = $"020 7946 000{index}";
        if (ecm is not null)
        {
            settings[$"Gateway:Lines:{index}:Ecm"] = ecm;
        }
    }
}
