namespace Groupus.Fax.T30;

/// <summary>
/// Maps FCF octets to <see cref="FacsimileControlField"/> and back, handling the X bit.
/// T.30 5.3.6.1: the X bit is 1 in frames sent by the station that received a valid DIS
/// (the calling station when not polling) and 0 in frames sent by the station that sent DIS.
/// </summary>
public static class FcfCodec
{
    /// <summary>True when the code has no X bit (initial identification, polling, and ECM data frames).</summary>
    public static bool HasXBit(FacsimileControlField fcf) => fcf switch
    {
        FacsimileControlField.DIS or FacsimileControlField.CSI or FacsimileControlField.NSF
            or FacsimileControlField.DTC or FacsimileControlField.CIG or FacsimileControlField.NSC
            or FacsimileControlField.FCD or FacsimileControlField.RCP => false,
        _ => true,
    };

    public static byte Encode(FacsimileControlField fcf, bool xBit) =>
        HasXBit(fcf) && xBit ? (byte)((byte)fcf | 0x01) : (byte)fcf;

    /// <summary>Decodes an FCF octet; false when it is not a code this engine knows.</summary>
    public static bool TryDecode(byte octet, out FacsimileControlField fcf, out bool xBit)
    {
        if (Enum.IsDefined((FacsimileControlField)octet) && !HasXBit((FacsimileControlField)octet))
        {
            fcf = (FacsimileControlField)octet;
            xBit = false;
            return true;
        }

        var masked = (FacsimileControlField)(octet & 0xFE);
        if (Enum.IsDefined(masked) && HasXBit(masked))
        {
            fcf = masked;
            xBit = (octet & 0x01) != 0;
            return true;
        }

        fcf = default;
        xBit = false;
        return false;
    }
}
