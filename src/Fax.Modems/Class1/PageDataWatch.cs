namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// Watches high-speed data as it arrives for signs of a live page: an end of line (eleven or more zero bits, then a
/// one; T.4 ends every coded scan line so, and fill is zeros) or, with ECM, an HDLC frame. A caller that vanished
/// mid-page leaves the modem delivering nothing or pure fill, and neither shows either sign. It also spots a modem
/// that reports NO CARRIER inside the data without DLE ETX (spandsp does when the call is hung up under it).
/// </summary>
public sealed class PageDataWatch
{
    private static readonly byte[] NoCarrier = "\r\nNO CARRIER\r\n"u8.ToArray();

    private readonly HdlcDeframer? frames;
    private int zeroRun;
    private int matched;
    private int framesSeen;

    private PageDataWatch(bool errorCorrection) => frames = errorCorrection ? new HdlcDeframer() : null;

    /// <summary>Non-ECM page data (MH or MR, LSB first): progress is an end of line.</summary>
    public static PageDataWatch ForScanLines() => new(errorCorrection: false);

    /// <summary>ECM bursts: progress is an HDLC frame, good or bad.</summary>
    public static PageDataWatch ForEcmFrames() => new(errorCorrection: true);

    /// <summary>True for ECM bursts (progress is a frame), false for scan lines.</summary>
    public bool CountsFrames => frames is not null;

    /// <summary>Set once the modem has said NO CARRIER inside the data; the text is not page data.</summary>
    public bool CarrierLost { get; private set; }

    /// <summary>How many octets at the end of the data are the NO CARRIER text.</summary>
    public int TrailingResultLength => CarrierLost ? NoCarrier.Length : 0;

    /// <summary>Takes one undoubled octet; true when it completed an end of line (or an ECM frame).</summary>
    public bool Observe(byte octet)
    {
        matched = octet == NoCarrier[matched] ? matched + 1 : octet == NoCarrier[0] ? 1 : 0;
        if (matched == NoCarrier.Length)
        {
            CarrierLost = true;
            matched = 0;
        }

        return frames is null ? EndsLine(octet) : EndsFrame(octet);
    }

    private bool EndsLine(byte octet)
    {
        var progressed = false;
        for (var bit = 0; bit < 8; bit++)
        {
            if ((octet & (1 << bit)) == 0)
            {
                zeroRun++;
                continue;
            }

            progressed |= zeroRun >= 11;
            zeroRun = 0;
        }

        return progressed;
    }

    private bool EndsFrame(byte octet)
    {
        frames!.Push([octet]);
        var seen = frames.Frames.Count + frames.CorruptFrames;
        var progressed = seen > framesSeen;
        framesSeen = seen;
        return progressed;
    }
}
