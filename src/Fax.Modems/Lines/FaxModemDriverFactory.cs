using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Modems.Class2;
using Groupus.Fax.Modems.Serial;

namespace Groupus.Fax.Modems.Lines;

/// <summary>
/// Makes the driver for a fax class over an open <see cref="ModemChannel"/>: Class 1, 2 and 2.0 are built in;
/// <see cref="Register"/> replaces or adds one (tests, special modems).
/// </summary>
public sealed class FaxModemDriverFactory
{
    private readonly Dictionary<string, Func<ModemChannel, FaxLineOptions, IFaxModemDriver>> _drivers = new(StringComparer.Ordinal)
    {
        ["2"] = (channel, line) => new Class2FaxModem(channel, Class2OptionsFor(line, Class2Dialect.Class2)),
        ["2.0"] = (channel, line) => new Class2FaxModem(channel, Class2OptionsFor(line, Class2Dialect.Class20)),
        ["1"] = (channel, line) => new Class1FaxModemDriver(channel, line),
    };

    /// <summary>The classes a driver exists for, best first.</summary>
    public IEnumerable<string> AvailableClasses => new[] { "2.0", "2", "1" }.Where(_drivers.ContainsKey);

    public void Register(string faxClass, Func<ModemChannel, FaxLineOptions, IFaxModemDriver> create) => _drivers[faxClass] = create;

    public bool Supports(string faxClass) => _drivers.ContainsKey(faxClass);

    public IFaxModemDriver Create(string faxClass, ModemChannel channel, FaxLineOptions line) =>
        _drivers.TryGetValue(faxClass, out var create)
            ? create(channel, line)
            : throw new ArgumentException($"No driver for fax class {faxClass} in this build.", nameof(faxClass));

    public static Class2ModemOptions Class2OptionsFor(FaxLineOptions line, Class2Dialect dialect)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new Class2ModemOptions
        {
            Dialect = dialect,
            LocalId = line.LocalId,
            FlowControl = line.Port.FlowControl,
            ResetCommand = line.Quirks.ResetCommand,
            InitCommands = line.Quirks.InitCommands,
            ResetDelay = TimeSpan.FromMilliseconds(line.Quirks.ResetDelayMilliseconds),
            CommandDelay = TimeSpan.FromMilliseconds(line.Quirks.CommandDelayMilliseconds),
            CommandTimeout = TimeSpan.FromSeconds(line.Quirks.CommandTimeoutSeconds),
        };
    }
}
