using Groupus.Fax.Modems.Serial;

namespace Groupus.Fax.Modems.Lines;

/// <summary>
/// Asks any fax modem who it is: ATI, +FCLASS=?, then the identity queries of the best class it offers
/// (+FMI?/+FMM?/+FMR? in Class 2.0, +FMFR?/+FMDL?/+FREV? in Class 2, +GMI/+GMM/+GMR otherwise). Driver-neutral,
/// so a Class 1 driver can use it for its own <see cref="IFaxModemDriver.ProbeAsync"/>.
/// </summary>
public static class ModemProbe
{
    public static async Task<ModemIdentity> ProbeAsync(ModemChannel channel, string resetCommand, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        channel.DiscardInput();
        await channel.CommandAsync(resetCommand, timeout, cancellationToken);
        await channel.CommandAsync("E0V1Q0", timeout, cancellationToken);
        var information = await channel.CommandAsync("I", timeout, cancellationToken);
        var classes = ParseClasses(await channel.CommandAsync("+FCLASS=?", timeout, cancellationToken));

        string[] queries = classes.Contains("2.0") ? ["+FCLASS=2.0", "+FMI?", "+FMM?", "+FMR?"]
            : classes.Contains("2") ? ["+FCLASS=2", "+FMFR?", "+FMDL?", "+FREV?"]
            : ["+FCLASS=0", "+GMI", "+GMM", "+GMR"];
        await channel.CommandAsync(queries[0], timeout, cancellationToken);
        var manufacturer = await QueryAsync(channel, queries[1], timeout, cancellationToken);
        var model = await QueryAsync(channel, queries[2], timeout, cancellationToken);
        var revision = await QueryAsync(channel, queries[3], timeout, cancellationToken);
        await channel.CommandAsync("+FCLASS=0", timeout, cancellationToken);

        var info = information.IsOk ? information.Lines : [];
        return new ModemIdentity(
            manufacturer ?? info.FirstOrDefault() ?? "unknown",
            model ?? "unknown",
            revision ?? "unknown",
            classes,
            info);
    }

    /// <summary>"0,1,2,2.0", "(0,1,2,2.0)" or "0-2" as a list of class names.</summary>
    public static IReadOnlyList<string> ParseClasses(ModemReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.IsOk || reply.Lines.Count == 0)
        {
            return [];
        }

        var classes = new List<string>();
        foreach (var item in string.Join(',', reply.Lines).Replace("+FCLASS:", string.Empty, StringComparison.Ordinal).Trim('(', ')', ' ').Split(','))
        {
            var value = item.Trim().Trim('(', ')');
            var dash = value.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(value[..dash], out var from) && int.TryParse(value[(dash + 1)..], out var to))
            {
                classes.AddRange(Enumerable.Range(from, Math.Max(0, to - from + 1)).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (value.Length > 0)
            {
                classes.Add(value);
            }
        }

        return classes.Distinct().ToList();
    }

    private static async Task<string?> QueryAsync(ModemChannel channel, string query, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var reply = await channel.CommandAsync(query, timeout, cancellationToken);
        if (!reply.IsOk || reply.Lines.Count == 0)
        {
            return null;
        }

        var line = reply.Lines[0];
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (line.StartsWith('+') && colon > 0)
        {
            line = line[(colon + 1)..];
        }

        return line.Trim().Trim('"').Trim();
    }
}
