using System.Globalization;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class2;

/// <summary>
/// A Class 2 / 2.0 hang-up status (+FHNG:n / +FHS:xx) with its meaning. Class 2.0 (T.32) writes the codes in
/// hexadecimal; Class 2 (SP-2388-A) in decimal, with the same numbers except receive phase D (100-103 = A0-A3)
/// and the ECM frame error (Class 2 94, Class 2.0 92). <see cref="Code"/> holds the Class 2.0 value.
/// </summary>
public sealed record HangupStatus(int Code, string Text)
{
    private static readonly Dictionary<int, string> Texts = new()
    {
        [0x00] = "Normal end of call",
        [0x01] = "Ring detected without a successful handshake",
        [0x02] = "Call aborted from +FKS/+FK or <CAN>",
        [0x03] = "No loop current",
        [0x04] = "Ringback detected, no answer (timeout)",
        [0x05] = "Ringback detected, answer without CED",
        [0x10] = "Unspecified phase A error",
        [0x11] = "No answer (T.30 T1 timeout)",
        [0x20] = "Unspecified transmit phase B error",
        [0x21] = "Remote cannot receive or send",
        [0x22] = "COMREC error in transmit phase B",
        [0x23] = "COMREC invalid command received",
        [0x24] = "RSPREC error",
        [0x25] = "DCS sent three times without response",
        [0x26] = "DIS/DTC received three times; DCS not recognised",
        [0x27] = "Failure to train at 2400 bit/s or the +FMS value",
        [0x28] = "RSPREC invalid response received",
        [0x40] = "Unspecified transmit phase C error",
        [0x41] = "Unspecified image format error",
        [0x42] = "Image conversion error",
        [0x43] = "DTE to DCE data underflow",
        [0x44] = "Unrecognised transparent data command",
        [0x45] = "Image error: line length wrong",
        [0x46] = "Image error: page length wrong",
        [0x47] = "Image error: wrong compression code",
        [0x50] = "Unspecified transmit phase D error",
        [0x51] = "RSPREC error",
        [0x52] = "No response to MPS repeated three times",
        [0x53] = "Invalid response to MPS",
        [0x54] = "No response to EOP repeated three times",
        [0x55] = "Invalid response to EOP",
        [0x56] = "No response to EOM repeated three times",
        [0x57] = "Invalid response to EOM",
        [0x58] = "Unable to continue after PIN or PIP",
        [0x70] = "Unspecified receive phase B error",
        [0x71] = "RSPREC error",
        [0x72] = "COMREC error",
        [0x73] = "T.30 T2 timeout: expected page not received",
        [0x74] = "T.30 T1 timeout after EOM received",
        [0x90] = "Unspecified receive phase C error",
        [0x91] = "Missing EOL after 5 seconds",
        [0x92] = "Bad CRC or frame (ECM or BFT modes)",
        [0x93] = "DCE to DTE buffer overflow",
        [0xA0] = "Unspecified receive phase D error",
        [0xA1] = "RSPREC invalid response received",
        [0xA2] = "COMREC invalid response received",
        [0xA3] = "Unable to continue after PIN or PIP",
    };

    public static HangupStatus Normal { get; } = FromCode(0);

    public bool IsNormal => Code == 0;

    /// <summary>The closest T.30 session error, so Class 1 and Class 2 results read alike.</summary>
    public T30Error T30Error => Code switch
    {
        0x00 => T30Error.Success,
        0x02 => T30Error.LocalAbort,
        0x03 or 0x01 => T30Error.LineDropped,
        0x11 or 0x04 or 0x05 or 0x10 => T30Error.NoAnswerT1,
        0x21 => T30Error.RemoteCannotReceive,
        0x25 => T30Error.NoResponseToDcs,
        0x26 => T30Error.UnsupportedDcs,
        0x27 => T30Error.TrainingFailure,
        >= 0x20 and < 0x30 => T30Error.RemoteDisconnectPhaseB,
        >= 0x40 and < 0x50 => T30Error.RemoteDisconnectPhaseC,
        0x52 or 0x54 or 0x56 => T30Error.NoResponseToPostPage,
        0x53 or 0x55 or 0x57 => T30Error.PageRejected,
        >= 0x50 and < 0x60 => T30Error.RemoteDisconnectPhaseD,
        0x73 or 0x74 => T30Error.NoCommandT2,
        >= 0x70 and < 0x80 => T30Error.RemoteDisconnectPhaseB,
        >= 0x90 and < 0xA0 => T30Error.RemoteDisconnectPhaseC,
        _ => T30Error.RemoteDisconnectPhaseD,
    };

    public static HangupStatus FromCode(int code) =>
        new(code, Texts.TryGetValue(code, out var text) ? text : $"Unknown hang-up status {code:X2}");

    /// <summary>Parses the value of +FHS:xx (hexadecimal) or +FHNG:n (decimal, converted to the Class 2.0 number).</summary>
    public static HangupStatus? Parse(string value, bool hexadecimal)
    {
        value = value.Trim();
        if (hexadecimal)
        {
            return int.TryParse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) ? FromCode(hex) : null;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var decimalCode))
        {
            return null;
        }

        var code = decimalCode switch
        {
            >= 100 and <= 103 => 0xA0 + (decimalCode - 100),
            94 => 0x92,
            _ => int.Parse(decimalCode.ToString(CultureInfo.InvariantCulture), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        };
        return FromCode(code);
    }

    /// <summary>The code as the dialect writes it: "52" for Class 2.0 0x52, "100" for Class 2 receive phase D.</summary>
    public string Format(bool hexadecimal)
    {
        if (hexadecimal)
        {
            return Code.ToString("X2", CultureInfo.InvariantCulture);
        }

        return Code switch
        {
            >= 0xA0 and <= 0xA3 => (100 + Code - 0xA0).ToString(CultureInfo.InvariantCulture),
            0x92 => "94",
            _ => Code.ToString("X", CultureInfo.InvariantCulture),
        };
    }

    public override string ToString() => $"{Code:X2} {Text}";
}
