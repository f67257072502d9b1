using Groupus.FaxGateway.Tests.Class1;
using Groupus.FaxGateway.Tests.Support;

namespace Groupus.FaxGateway.Tests.Service;

/// <summary>
/// An idle Class 1 line in service mode, on a scripted modem, waiting for calls in 1-second cycles: after the first
/// set-up it only checks the modem (AT) at each cycle, never resets it or hangs it up, and a call that starts ringing
/// near the end of a cycle is answered on its second ring. (iaxmodem refuses calls for 5 s after ATZ or ATH0.)
/// </summary>
public sealed class IdleLineTests
{
    [Fact]
    public async Task An_idle_line_checks_its_modem_each_cycle_without_resetting_it_or_hanging_up()
    {
        await using var line = await IdleLine.StartAsync();

        await line.WaitForAsync(commands => commands.Count(c => c == "AT") >= 3, "three cycles that only check the modem");

        var afterSetUp = line.Commands.SkipWhile(c => c != "AT").ToList();
        Assert.DoesNotContain(afterSetUp, c => c is "ATZ" or "ATH0");
    }

    [Fact]
    public async Task A_call_that_starts_ringing_before_a_cycle_ends_is_answered_on_its_second_ring_without_a_reset_between()
    {
        await using var line = await IdleLine.StartAsync();
        await line.WaitForAsync(commands => commands.Contains("AT"), "the first cycle that only checks the modem");

        await line.Modem.SendLinesAsync("RING");
        var ringed = line.Commands.Count;
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // past the end of the 1-second cycle the ring came in
        await line.Modem.SendLinesAsync("RING");

        await line.WaitForAsync(commands => commands.Contains("ATA"), "ATA after the second ring");
        var between = line.Commands.Skip(ringed).TakeWhile(c => c != "ATA").ToList();
        Assert.DoesNotContain(between, c => c is "ATZ" or "ATH0" or "AT");
    }

    private sealed class IdleLine : IAsyncDisposable
    {
        private readonly PtyPair pty;
        private readonly FakeCore core;
        private readonly GatewayUnderTest gateway;

        private IdleLine(PtyPair pty, ScriptedModem modem, FakeCore core, GatewayUnderTest gateway)
        {
            this.pty = pty;
            Modem = modem;
            this.core = core;
            this.gateway = gateway;
        }

        public ScriptedModem Modem { get; }

        public List<string> Commands => [.. Modem.Commands];

        public static async Task<IdleLine> StartAsync()
        {
            var pty = await PtyPair.StartAsync();
            var modem = ScriptedModem.Open(pty.ModemEnd);
            var core = await FakeCore.StartAsync();
            var settings = GatewayUnderTest.Settings(core.Address, pty.DriverEnd, Path.Combine(Path.GetTempPath(), "groupus-spool-" + Guid.NewGuid().ToString("N")));
            settings["Gateway:Lines:0:Class"] = "1";
            settings["Gateway:Lines:0:AnswerRings"] = "2";
            settings["Gateway:ListenCycleSeconds"] = "1";
            return new IdleLine(pty, modem, core, await GatewayUnderTest.StartAsync(settings));
        }

        public async Task WaitForAsync(Func<List<string>, bool> condition, string what)
        {
            var until = DateTime.UtcNow.AddSeconds(30);
            while (!condition(Commands))
            {
                Assert.True(DateTime.UtcNow < until, $"Waited for {what}; the modem got: {string.Join(" ", Commands)}");
                await Task.Delay(50);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await gateway.DisposeAsync();
            await core.DisposeAsync();
            await Modem.DisposeAsync();
            pty.Dispose();
        }
    }
}
