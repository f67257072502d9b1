namespace Groupus.Fax.T38.Tests.Sdp;

/// <summary>Offers of the kind ATAs and trunks send (line ends normalised to CRLF by <see cref="Crlf"/>).</summary>
internal static class SdpSamples
{
    public const string AudioOffer = """
        v=0
        o=HT813 7001 7001 IN IP4 192.0.2.10
        s=SIP Call
        c=IN IP4 192.0.2.10
        t=0 0
        m=audio 5004 RTP/AVP 0 8 18 101
        a=rtpmap:0 PCMU/8000
        a=rtpmap:8 PCMA/8000
        a=rtpmap:18 G729/8000
        a=rtpmap:101 telephone-event/8000
        a=fmtp:101 0-15
        a=ptime:20
        a=sendrecv
        """;

    /// <summary>A T.38 re-INVITE written the way many gateways do: mixed case, aliases, flags with and without values.</summary>
    public const string T38Offer = """
        v=0
        o=HT813 7001 7002 IN IP4 192.0.2.10
        s=SIP Call
        c=IN IP4 192.0.2.10
        t=0 0
        m=image 5006 udptl t38
        a=T38FaxVersion:2
        a=t38faxmaxrate:14400
        a=T38FaxFillBitRemoval
        a=T38FaxTranscodingMMR:0
        a=T38FaxTranscodingJBIG:1
        a=T38FaxRateManagement:localTCF
        a=T38FaxMaxBuffer:1024
        a=T38MaxDatagram:160
        a=T38FaxUdpEC:t38UDPFEC
        a=T38FaxUdpEC:t38UDPRedundancy
        """;

    public static string Crlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n";
}
