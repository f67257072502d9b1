using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Modems.Serial;
using Groupus.FaxGateway.Tests.Support;

namespace Groupus.FaxGateway.Tests.Class1;

/// <summary>The driver on one end of a socat pseudo-terminal pair and a <see cref="ScriptedModem"/> on the other.</summary>
internal sealed class FakeModemLine : IAsyncDisposable
{
    private readonly PtyPair pty;

    private FakeModemLine(PtyPair pty, ScriptedModem modem, SerialModemPort port, Class1ModemSettings settings)
    {
        this.pty = pty;
        Fake = modem;
        Port = port;
        Settings = settings;
        Driver = new Class1Modem(new ModemChannel(port), settings);
    }

    public ScriptedModem Fake { get; }

    /// <summary>The driver's end, for the public API (<see cref="Class1Fax"/>).</summary>
    public SerialModemPort Port { get; }

    public Class1ModemSettings Settings { get; }

    public Class1Modem Driver { get; }

    /// <summary>Deadlines short enough that a silent modem is found out in seconds, long enough for a loaded CI machine.</summary>
    public static Class1ModemSettings QuickSettings { get; } = new()
    {
        CommandTimeout = TimeSpan.FromSeconds(5),
        ResetTimeout = TimeSpan.FromSeconds(5),
        DialTimeout = TimeSpan.FromSeconds(10),
        AnswerTimeout = TimeSpan.FromSeconds(10),
        FrameTimeout = TimeSpan.FromSeconds(5),
        PageTimeout = TimeSpan.FromSeconds(10),
    };

    public static async Task<FakeModemLine> OpenAsync(Class1ModemSettings? settings = null)
    {
        var pty = await PtyPair.StartAsync();
        var modem = ScriptedModem.Open(pty.ModemEnd);
        var port = SerialModemPort.Open(pty.DriverEnd, new ModemPortOptions());
        return new FakeModemLine(pty, modem, port, settings ?? QuickSettings);
    }

    public async ValueTask DisposeAsync()
    {
        await Port.DisposeAsync();
        await Fake.DisposeAsync();
        pty.Dispose();
    }
}
