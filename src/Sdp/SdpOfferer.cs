namespace Groupus.Sdp;

/// <summary>
/// The m-lines of our own offers. Audio: PCMU, PCMA and telephone-event 101. T.38: our highest version and bit rate,
/// transferredTCF (what UDPTL peers expect), our buffer and datagram limits, and our preferred error correction only
/// (some peers misread two T38FaxUdpEC lines); FillBitRemoval, MMR and JBIG only when configured as supported.
/// </summary>
public static class SdpOfferer
{
    private const string TelephoneEventPayloadType = "101";

    public static MediaDescription Audio(LocalMediaCapabilities local) => new(
        "audio",
        local.AudioPort,
        "RTP/AVP",
        ["0", "8", TelephoneEventPayloadType],
        null,
        [
            new SdpAttribute("rtpmap", "0 PCMU/8000"),
            new SdpAttribute("rtpmap", "8 PCMA/8000"),
            new SdpAttribute("rtpmap", $"{TelephoneEventPayloadType} {AudioCodecs.TelephoneEvent}/8000"),
            new SdpAttribute("fmtp", $"{TelephoneEventPayloadType} 0-15"),
            new SdpAttribute("ptime", "20"),
        ]);

    public static MediaDescription T38(LocalMediaCapabilities local) => new(
        "image",
        local.ImagePort,
        "udptl",
        ["t38"],
        null,
        T38AttributeCodec.Write(new T38Parameters
        {
            Version = local.T38MaxVersion,
            MaxBitRate = local.T38MaxBitRate,
            FillBitRemoval = local.SupportsFillBitRemoval,
            TranscodingMmr = local.SupportsTranscodingMmr,
            TranscodingJbig = local.SupportsTranscodingJbig,
            RateManagement = T38RateManagement.TransferredTcf,
            MaxBuffer = local.T38MaxBuffer,
            MaxDatagram = local.T38MaxDatagram,
            ErrorCorrections = local.ErrorCorrectionPreference.Take(1).ToArray(),
        }));
}
