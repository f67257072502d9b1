using System.Buffers;
using Groupus.Fax.Modems.Serial;
using Groupus.TestSupport.FaxPeers;

namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>
/// Sits between the driver and a real modem device (one of an <see cref="IaxModemPair"/>): the driver opens
/// <see cref="DriverEnd"/>, a socat pseudo-terminal, and the bridge copies octets both ways between the other end and
/// the modem. It follows the AT stream (<see cref="AtStreamObserver"/>) and, when a command named in the
/// <see cref="FaultPlan"/> goes by, damages the high-speed data the modem answers with, or holds the answer back.
/// Every +FRM reception is recorded, as sent and as delivered.
/// </summary>
internal sealed class FaultInjectingPtyBridge : IAsyncDisposable
{
    private readonly PtyPair pty;
    private readonly IModemPort driverSide;
    private readonly IModemPort modem;
    private readonly FaultPlan plan;
    private readonly AtStreamObserver observer = new();
    private readonly CancellationTokenSource stop = new();
    private readonly List<string> injected = [];
    private readonly List<HighSpeedReception> receptions = [];
    private readonly ArrayBufferWriter<byte> reception = new();
    private readonly object gate = new();
    private Task pumps = Task.CompletedTask;

    // Set by the driver-to-modem pump when a planned command goes by, used by the modem-to-driver pump.
    // Data faults wait, per command text, for the first reception that command brings: a modem may answer a +FRM
    // with OK or +FCERROR and no data, and the driver then sends the same command again.
    private DelayedAnswer? pendingDelay;
    private readonly Dictionary<string, List<ReceivedDataFault>> dataFaults = [];

    // The +FRM reception in progress (modem-to-driver pump only).
    private DteCommand? receptionCommand;
    private IReadOnlyList<ReceivedDataFault> receptionFaults = [];

    private FaultInjectingPtyBridge(PtyPair pty, IModemPort driverSide, IModemPort modem, FaultPlan plan)
    {
        this.pty = pty;
        this.driverSide = driverSide;
        this.modem = modem;
        this.plan = plan;
    }

    /// <summary>The pseudo-terminal the driver opens instead of the modem.</summary>
    public string DriverEnd => pty.DriverEnd;

    /// <summary>What the bridge did, in order, e.g. "AT+FRM=145 #1: noise over 2700 octets".</summary>
    public IReadOnlyList<string> Injected
    {
        get
        {
            lock (gate)
            {
                return [.. injected];
            }
        }
    }

    public IReadOnlyList<HighSpeedReception> Receptions
    {
        get
        {
            lock (gate)
            {
                return [.. receptions];
            }
        }
    }

    public static async Task<FaultInjectingPtyBridge> StartAsync(string modemDevice, FaultPlan plan)
    {
        var pty = await PtyPair.StartAsync();
        IModemPort? driverSide = null;
        try
        {
            driverSide = IaxModemPair.Open(pty.ModemEnd);
            var bridge = new FaultInjectingPtyBridge(pty, driverSide, IaxModemPair.Open(modemDevice), plan);
            bridge.pumps = Task.WhenAll(
                BytePump.RunAsync(driverSide, bridge.modem, bridge.FromDriverAsync, bridge.stop.Token),
                BytePump.RunAsync(bridge.modem, driverSide, bridge.FromModemAsync, bridge.stop.Token));
            return bridge;
        }
        catch
        {
            if (driverSide is not null)
            {
                await driverSide.DisposeAsync();
            }

            pty.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await driverSide.DisposeAsync();
        await modem.DisposeAsync();
        try
        {
            // The pumps end on their own once their ports are closed; a read stuck in the kernel is not waited on for ever.
            await pumps.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
        }

        pty.Dispose();
        stop.Dispose();
    }

    private Task<ReadOnlyMemory<byte>> FromDriverAsync(ReadOnlyMemory<byte> octets, CancellationToken cancellationToken)
    {
        foreach (var command in observer.ObserveDriver(octets.Span))
        {
            lock (gate)
            {
                var faults = plan.For<ReceivedDataFault>(command);
                if (faults.Count > 0)
                {
                    dataFaults[command.Text] = [.. dataFaults.GetValueOrDefault(command.Text) ?? [], .. faults];
                }

                foreach (var delay in plan.For<DelayedAnswer>(command))
                {
                    pendingDelay = delay;
                    injected.Add($"{command}: answer held back {delay.Delay.TotalMilliseconds:0} ms");
                }
            }
        }

        return Task.FromResult(octets);
    }

    private async Task<ReadOnlyMemory<byte>> FromModemAsync(ReadOnlyMemory<byte> octets, CancellationToken cancellationToken)
    {
        DelayedAnswer? delay = null;
        lock (gate)
        {
            // The CR LF that ends the previous answer can arrive on its own after the driver, which took the result at
            // its CR, already sent the next command: that is not the answer to hold back.
            if (octets.Span.ContainsAnyExcept("\r\n"u8))
            {
                delay = pendingDelay;
                pendingDelay = null;
            }
        }

        if (delay is not null)
        {
            await Task.Delay(delay.Delay, cancellationToken);
        }

        var output = new ArrayBufferWriter<byte>(octets.Length);
        foreach (var octet in octets.Span)
        {
            var kind = observer.ObserveModem(octet);
            if (kind == ModemOctet.Text || observer.LastCommand is not { IsHighSpeedReception: true } command)
            {
                output.Write([octet]);
                continue;
            }

            if (reception.WrittenCount == 0)
            {
                receptionCommand = command;
                lock (gate)
                {
                    receptionFaults = dataFaults.Remove(command.Text, out var faults) ? faults : [];
                }
            }

            reception.Write([octet]);
            if (receptionFaults.Count == 0)
            {
                output.Write([octet]);
            }

            if (kind == ModemOctet.EndOfData)
            {
                output.Write(EndReception());
            }
        }

        return output.WrittenMemory.ToArray();
    }

    /// <summary>
    /// A +FRM reception has ended: records it and returns what is still owed to the driver. Unfaulted data has already
    /// gone through as it came; faulted data was held back and goes now, damaged and shielded again.
    /// </summary>
    private byte[] EndReception()
    {
        var fromModem = DleShielding.Remove(reception.WrittenSpan);
        reception.Clear();
        var faults = receptionFaults;
        receptionFaults = [];
        var toDriver = fromModem;
        lock (gate)
        {
            foreach (var fault in faults)
            {
                toDriver = fault.Apply(toDriver, out var note);
                injected.Add($"{receptionCommand}: {note}");
            }

            receptions.Add(new HighSpeedReception(receptionCommand!, fromModem, toDriver));
        }

        return faults.Count == 0 ? [] : DleShielding.Apply(toDriver);
    }
}
