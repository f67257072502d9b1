using System.Globalization;

namespace Groupus.Sdp;

/// <summary>
/// Reads and writes the T.38 SDP attributes. Names are matched without regard to case, with their aliases
/// (<c>T38MaxBitRate</c> = <c>T38FaxMaxRate</c>, <c>T38FaxMaxDatagram</c> = <c>T38MaxDatagram</c>). Booleans are true as a bare
/// flag or <c>:1</c> and false as <c>:0</c>. The same parameter twice with different values is a contradiction.
/// </summary>
public static class T38AttributeCodec
{
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["T38FaxVersion"] = "T38FaxVersion",
        ["T38MaxBitRate"] = "T38MaxBitRate",
        ["T38FaxMaxRate"] = "T38MaxBitRate",
        ["T38FaxFillBitRemoval"] = "T38FaxFillBitRemoval",
        ["T38FaxTranscodingMMR"] = "T38FaxTranscodingMMR",
        ["T38FaxTranscodingJBIG"] = "T38FaxTranscodingJBIG",
        ["T38FaxRateManagement"] = "T38FaxRateManagement",
        ["T38FaxMaxBuffer"] = "T38FaxMaxBuffer",
        ["T38FaxMaxDatagram"] = "T38FaxMaxDatagram",
        ["T38MaxDatagram"] = "T38FaxMaxDatagram",
    };

    private static readonly HashSet<string> Booleans = new(StringComparer.Ordinal)
    {
        "T38FaxFillBitRemoval", "T38FaxTranscodingMMR", "T38FaxTranscodingJBIG",
    };

    public static SdpResult<T38Parameters> Read(MediaDescription media)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var corrections = new List<T38ErrorCorrection>();
        foreach (var attribute in media.Attributes)
        {
            if (attribute.Name.Equals("T38FaxUdpEC", StringComparison.OrdinalIgnoreCase))
            {
                var correction = ReadErrorCorrection(attribute.Value);
                if (correction is { } known && !corrections.Contains(known))
                {
                    corrections.Add(known);
                }

                continue;
            }

            if (!Canonical.TryGetValue(attribute.Name, out string? name))
            {
                continue;
            }

            string? value = Booleans.Contains(name) ? ReadBoolean(attribute.Value) : attribute.Value;
            if (value is null)
            {
                return Invalid($"{attribute.Name} has the value '{attribute.Value}'");
            }

            if (values.TryGetValue(name, out string? earlier) && !earlier.Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return new SdpError(SdpErrorKind.ContradictoryAttributes, 0, $"{name} is given as both '{earlier}' and '{value}'");
            }

            values[name] = value;
        }

        return Build(values, corrections);
    }

    /// <summary>The attributes for an SDP we send: numbers only when set, booleans as bare flags only when true.</summary>
    public static IReadOnlyList<SdpAttribute> Write(T38Parameters parameters)
    {
        var attributes = new List<SdpAttribute>();
        Number(attributes, "T38FaxVersion", parameters.Version);
        Number(attributes, "T38MaxBitRate", parameters.MaxBitRate);
        Flag(attributes, "T38FaxFillBitRemoval", parameters.FillBitRemoval);
        Flag(attributes, "T38FaxTranscodingMMR", parameters.TranscodingMmr);
        Flag(attributes, "T38FaxTranscodingJBIG", parameters.TranscodingJbig);
        if (parameters.RateManagement is { } rateManagement)
        {
            attributes.Add(new SdpAttribute("T38FaxRateManagement", rateManagement == T38RateManagement.LocalTcf ? "localTCF" : "transferredTCF"));
        }

        Number(attributes, "T38FaxMaxBuffer", parameters.MaxBuffer);
        Number(attributes, "T38FaxMaxDatagram", parameters.MaxDatagram);
        foreach (var correction in parameters.ErrorCorrections)
        {
            attributes.Add(new SdpAttribute("T38FaxUdpEC", correction == T38ErrorCorrection.Fec ? "t38UDPFEC" : "t38UDPRedundancy"));
        }

        return attributes;
    }

    private static SdpResult<T38Parameters> Build(Dictionary<string, string> values, List<T38ErrorCorrection> corrections)
    {
        int?[] numbers = new int?[4];
        string[] numeric = ["T38FaxVersion", "T38MaxBitRate", "T38FaxMaxBuffer", "T38FaxMaxDatagram"];
        for (int i = 0; i < numeric.Length; i++)
        {
            if (values.TryGetValue(numeric[i], out string? text))
            {
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
                {
                    return Invalid($"{numeric[i]} has the value '{text}'");
                }

                numbers[i] = number;
            }
        }

        T38RateManagement? rateManagement = null;
        if (values.TryGetValue("T38FaxRateManagement", out string? rate))
        {
            rateManagement = rate.ToUpperInvariant() switch
            {
                "TRANSFERREDTCF" => T38RateManagement.TransferredTcf,
                "LOCALTCF" => T38RateManagement.LocalTcf,
                _ => null,
            };
            if (rateManagement is null)
            {
                return Invalid($"T38FaxRateManagement has the value '{rate}'");
            }
        }

        return new T38Parameters
        {
            Version = numbers[0],
            MaxBitRate = numbers[1],
            MaxBuffer = numbers[2],
            MaxDatagram = numbers[3],
            FillBitRemoval = values.GetValueOrDefault("T38FaxFillBitRemoval") == "1",
            TranscodingMmr = values.GetValueOrDefault("T38FaxTranscodingMMR") == "1",
            TranscodingJbig = values.GetValueOrDefault("T38FaxTranscodingJBIG") == "1",
            RateManagement = rateManagement,
            ErrorCorrections = corrections,
        };
    }

    private static string? ReadBoolean(string? value) => value switch
    {
        null or "1" => "1",
        "0" => "0",
        _ => null,
    };

    private static T38ErrorCorrection? ReadErrorCorrection(string? value) => value?.ToUpperInvariant() switch
    {
        "T38UDPREDUNDANCY" => T38ErrorCorrection.Redundancy,
        "T38UDPFEC" => T38ErrorCorrection.Fec,
        _ => null, // t38UDPNoEC or unknown: nothing to use
    };

    private static void Number(List<SdpAttribute> attributes, string name, int? value)
    {
        if (value is { } number)
        {
            attributes.Add(new SdpAttribute(name, number.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void Flag(List<SdpAttribute> attributes, string name, bool value)
    {
        if (value)
        {
            attributes.Add(new SdpAttribute(name, null));
        }
    }

    private static SdpError Invalid(string detail) => new(SdpErrorKind.InvalidValue, 0, detail);
}
