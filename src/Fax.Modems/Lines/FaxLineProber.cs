using Groupus.Fax.Modems.Serial;

namespace Groupus.Fax.Modems.Lines;

/// <summary>Opens a configured line's device, probes the modem, closes it again, and says whether the line can work.</summary>
public sealed class FaxLineProber(FaxModemDriverFactory drivers)
{
    public async Task<FaxLineStatus> ProbeAsync(FaxLineOptions line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        ModemChannel channel;
        try
        {
            channel = new ModemChannel(SerialModemPort.Open(line.Device, line.Port.ToModemPortOptions()));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            return new FaxLineStatus(line.Name, null, $"the device cannot be opened ({exception.GetType().Name}: {exception.Message})");
        }

        await using (channel)
        {
            ModemIdentity identity;
            try
            {
                identity = await ModemProbe.ProbeAsync(channel, line.Quirks.ResetCommand, TimeSpan.FromSeconds(line.Quirks.CommandTimeoutSeconds), cancellationToken);
            }
            catch (Exception exception) when (exception is ModemTimeoutException or IOException)
            {
                return new FaxLineStatus(line.Name, null, $"the modem is not responding ({exception.Message})");
            }

            if (!identity.Supports(line.Class))
            {
                return new FaxLineStatus(line.Name, identity, $"the modem does not offer fax class {line.Class}");
            }

            if (!drivers.Supports(line.Class))
            {
                return new FaxLineStatus(line.Name, identity, $"this build has no driver for fax class {line.Class} yet");
            }

            return new FaxLineStatus(line.Name, identity, null);
        }
    }
}
