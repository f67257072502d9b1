using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Imaging;
using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>The public send/receive API against a scripted modem on a pseudo-terminal pair: what a failed call reports.</summary>
public sealed class Class1FaxTests
{
    private static readonly FaxPage BlankPage = new(FaxPageWidth.A4, 100);

    [Fact]
    public async Task A_silent_modem_is_reported_as_not_responding_after_an_attempt_to_reset_it()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.Silent = true;

        var result = await new Class1Fax().SendAsync(line.Port, "1002", [BlankPage], Options(line), null, CancellationToken.None);

        Assert.Equal(Class1CallOutcome.ModemNotResponding, result.Outcome);
        Assert.Null(result.Session);
        Assert.Contains("ATZ", result.Detail);
        Assert.Contains("ATH0", line.Fake.Commands);
    }

    [Theory]
    [InlineData("BUSY", Class1CallOutcome.Busy)]
    [InlineData("NO ANSWER", Class1CallOutcome.NoAnswer)]
    [InlineData("NO CARRIER", Class1CallOutcome.NoCarrier)]
    [InlineData("NO DIALTONE", Class1CallOutcome.NoDialTone)]
    [InlineData("ERROR", Class1CallOutcome.DialRejected)]
    public async Task A_call_that_does_not_connect_is_reported_by_its_line_outcome_and_hung_up(string resultCode, Class1CallOutcome expected)
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.Reply("ATDT1002", resultCode);

        var result = await new Class1Fax().SendAsync(line.Port, "1002", [BlankPage], Options(line), null, CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Null(result.Error);
        Assert.Equal("ATH0", line.Fake.Commands.Last());
    }

    [Fact]
    public async Task A_modem_without_class_1_is_refused_before_dialling()
    {
        await using var line = await FakeModemLine.OpenAsync();
        line.Fake.Reply("AT+FCLASS=?", "0,2,2.0", "OK");

        var result = await new Class1Fax().SendAsync(line.Port, "1002", [BlankPage], Options(line), null, CancellationToken.None);

        Assert.Equal(Class1CallOutcome.ModemFailed, result.Outcome);
        Assert.DoesNotContain(line.Fake.Commands, c => c.StartsWith("ATD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Waiting_for_a_call_that_never_rings_ends_with_no_call()
    {
        await using var line = await FakeModemLine.OpenAsync();
        var options = Options(line) with { WaitForCall = TimeSpan.FromMilliseconds(300) };

        var result = await new Class1Fax().ReceiveAsync(line.Port, options, null, CancellationToken.None);

        Assert.Equal(Class1CallOutcome.NoCall, result.Outcome);
        Assert.DoesNotContain("ATA", line.Fake.Commands);
    }

    [Fact]
    public async Task A_connected_call_whose_far_end_never_sends_DIS_fails_with_T30_error_10_after_T1()
    {
        await using var line = await FakeModemLine.OpenAsync();
        // CONNECT with a garbled first frame, then nothing but NO CARRIER.
        line.Fake.On("ATDT1002", m => m.SendAsync([.. "\r\nCONNECT\r\n"u8, 0xFF, 0x03, 0x40, 0x31, 0x10, 0x03, .. "\r\nERROR\r\n"u8]));
        line.Fake.Reply("AT+FRH=3", "NO CARRIER");
        var options = Options(line) with { Timers = new T30TimerSettings { T1 = TimeSpan.FromSeconds(1) } };

        var result = await new Class1Fax().SendAsync(line.Port, "1002", [BlankPage], options, null, CancellationToken.None);

        Assert.Equal(Class1CallOutcome.SessionFailed, result.Outcome);
        Assert.Equal(10, result.Error?.Code);
        Assert.Equal("ATH0", line.Fake.Commands.Last());
    }

    private static FaxLineOptions Options(FakeModemLine line) => new() { Modem = line.Settings };
}
