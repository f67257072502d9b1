using System.CommandLine;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.Modems.Serial;

namespace Groupus.FaxGateway.Diagnostics;

/// <summary>An open modem for one diagnostic command: the port, the channel, and the line settings taken from the options.</summary>
internal sealed class ModemConnection : IAsyncDisposable
{
    private ModemConnection(ModemChannel channel, FaxLineOptions line)
    {
        Channel = channel;
        Line = line;
    }

    public ModemChannel Channel { get; }

    public FaxLineOptions Line { get; }

    public static ModemConnection Open(ParseResult parse, CommonOptions options, int answerRings = 2)
    {
        var line = new FaxLineOptions
        {
            Name = "diagnostic",
            Device = parse.GetValue(options.Device)!,
            Class = parse.GetValue(options.FaxClass) ?? string.Empty,
            LocalId = parse.GetValue(options.LocalId) ?? string.Empty,
            AnswerRings = answerRings,
            Ecm = parse.GetResult(options.Ecm) is null ? null : parse.GetValue(options.Ecm),
            Port = new FaxLinePortOptions { BaudRate = parse.GetValue(options.Baud) },
            Quirks = new FaxLineQuirks { CommandTimeoutSeconds = Math.Max(1, parse.GetValue(options.CommandTimeout)), ResetDelayMilliseconds = 200 },
        };
        var port = SerialModemPort.Open(line.Device, line.Port.ToModemPortOptions());
        return new ModemConnection(new ModemChannel(port), line);
    }

    /// <summary>The class asked for, or the best one the modem offers that has a driver; null when there is none.</summary>
    public async Task<string?> ChooseClassAsync(FaxModemDriverFactory drivers, TextWriter output, CancellationToken cancellationToken)
    {
        if (Line.Class.Length > 0)
        {
            return drivers.Supports(Line.Class) ? Line.Class : null;
        }

        var timeout = TimeSpan.FromSeconds(Line.Quirks.CommandTimeoutSeconds);
        var offered = ModemProbe.ParseClasses(await Channel.CommandAsync("+FCLASS=?", timeout, cancellationToken));
        var chosen = drivers.AvailableClasses.FirstOrDefault(offered.Contains);
        output.WriteLine(chosen is null
            ? $"The modem offers fax classes {string.Join(", ", offered)}; this build drives {string.Join(", ", drivers.AvailableClasses)}."
            : $"Using fax class {chosen} (the modem offers {string.Join(", ", offered)}).");
        return chosen;
    }

    public ValueTask DisposeAsync() => Channel.DisposeAsync();
}
