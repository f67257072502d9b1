using Groupus.Fax.Modems.Class2;
using Groupus.FaxGateway.Emulation;
using Groupus.Fax.Modems.Serial;

namespace Groupus.FaxGateway.Tests.Support;

/// <summary>
/// One emulated Class 2.0 modem on a real pseudo-terminal, with our driver opened on the terminal's device path
/// through <see cref="SerialModemPort"/> exactly as the gateway opens a serial modem.
/// </summary>
internal sealed class Class2EmulatedModem : IAsyncDisposable
{
    private Class2EmulatedModem(Class2ModemEmulator emulator, ModemChannel channel, Class2FaxModem driver)
    {
        Emulator = emulator;
        Channel = channel;
        Driver = driver;
    }

    public Class2ModemEmulator Emulator { get; }

    public ModemChannel Channel { get; }

    public Class2FaxModem Driver { get; }

    public static Class2ModemOptions DriverOptions(Class2Dialect dialect, string localId) => new()
    {
        Dialect = dialect,
        LocalId = localId,
        ResetDelay = TimeSpan.Zero,
        CommandTimeout = TimeSpan.FromSeconds(5),
        DialTimeout = TimeSpan.FromSeconds(30),
        AnswerTimeout = TimeSpan.FromSeconds(30),
        PageExchangeTimeout = TimeSpan.FromSeconds(30),
        PageDataIdleTimeout = TimeSpan.FromSeconds(10),
    };

    public static Class2EmulatedModem Start(
        EmulatedTelephoneNetwork network,
        string number,
        Class2ModemEmulatorOptions? emulatorOptions = null,
        Class2ModemOptions? driverOptions = null,
        Func<ModemChannel, Class2ModemOptions, Class2FaxModem>? create = null)
    {
        var emulator = Class2ModemEmulator.Start(network, number, emulatorOptions);
        var channel = new ModemChannel(SerialModemPort.Open(emulator.DevicePath, new ModemPortOptions()));
        var options = driverOptions ?? DriverOptions(Class2Dialect.Class20, "+44 20 7946 " + number);
        var driver = create?.Invoke(channel, options) ?? new Class2FaxModem(channel, options);
        return new Class2EmulatedModem(emulator, channel, driver);
    }

    public static EmulatedTelephoneNetwork Network() => new() { RingInterval = TimeSpan.FromMilliseconds(50), RingsBeforeNoAnswer = 400 };

    public async ValueTask DisposeAsync()
    {
        await Channel.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
