namespace Groupus.Fax.T38;

/// <summary>Why an IFP or UDPTL packet was refused.</summary>
public enum T38DecodeErrorKind
{
    /// <summary>The packet ended before the ASN.1 said it would.</summary>
    Truncated,

    /// <summary>A type value outside the ASN.1 enumeration (or an extension value this T.38 version cannot carry).</summary>
    UnknownType,

    /// <summary>A length or count outside what the ASN.1 or our bounds allow (fragmented lengths, too many fields or entries).</summary>
    LengthOutOfRange,

    /// <summary>Octets left over after the packet, other than zero padding.</summary>
    TrailingData,
}
