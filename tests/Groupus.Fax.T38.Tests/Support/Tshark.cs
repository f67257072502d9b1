using System.Diagnostics;

namespace Groupus.Fax.T38.Tests.Support;

/// <summary>
/// Runs Wireshark's tshark (Debian package <c>tshark</c>, installed by test.sh) to decode UDPTL/T.38 as an independent
/// implementation would. tshark 4.0 names the UDPTL dissector <c>t38</c>. Version 0 packets are read with the
/// pre-corrigendum ASN.1 (tshark's default), later versions with the corrected one.
/// </summary>
internal static class Tshark
{
    public static readonly string[] Fields =
    [
        "frame.number", "t38.seq_number", "t38.t30_indicator", "t38.t30_data", "t38.field_type", "t38.field_data",
        "t38.error_recovery", "t38.secondary_ifp_packets", "t38.fec_npackets", "t38.fec_data", "_ws.malformed",
        "_ws.expert.severity",
    ];

    /// <summary>Wireshark's severity code for error-level expert info (PI_ERROR).</summary>
    public const long ErrorSeverity = 0x00800000;

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Decode(string pcapPath, int udpPort, int t38Version)
    {
        var arguments = new List<string>
        {
            "-r", pcapPath, "-d", $"udp.port=={udpPort},t38",
            "-o", $"t38.use_pre_corrigendum_asn1_specification:{(t38Version == 0 ? "TRUE" : "FALSE")}",
            "-T", "fields", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,",
        };
        foreach (string field in Fields)
        {
            arguments.Add("-e");
            arguments.Add(field);
        }

        string output = Run(arguments, TimeSpan.FromMinutes(1));
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Select(cells => (IReadOnlyDictionary<string, string>)Fields.Select((field, i) => (field, value: i < cells.Length ? cells[i] : ""))
                .ToDictionary(pair => pair.field, pair => pair.value))
            .ToList();
    }

    public static string Run(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("tshark") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("tshark did not start (is the Debian package tshark installed?)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill();
            throw new TimeoutException("tshark did not finish");
        }

        Assert.True(process.ExitCode == 0, $"tshark exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    /// <summary>No frame is malformed and none carries error-level expert info.</summary>
    public static void AssertClean(IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        foreach (var row in rows)
        {
            Assert.True(row["_ws.malformed"].Length == 0, $"frame {row["frame.number"]} is malformed");
            foreach (string severity in row["_ws.expert.severity"].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(long.Parse(severity, System.Globalization.CultureInfo.InvariantCulture) < ErrorSeverity, $"frame {row["frame.number"]} has error-level expert info");
            }
        }
    }
}
