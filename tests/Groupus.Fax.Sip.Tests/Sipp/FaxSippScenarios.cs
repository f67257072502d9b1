namespace Groupus.Fax.Sip.Tests.Sipp;

/// <summary>
/// SIPp scenarios (SIPp's XML; [keywords] are SIPp's own) in which SIPp is an ATA or trunk calling the gateway's user
/// agent. SIPp's media port (<c>-mp</c>, with <c>-rtp_echo</c>) is where its SDP puts the T.38 stream, so the test fax
/// session's UDPTL comes back to it.
/// </summary>
internal static class FaxSippScenarios
{
    public const string Number = Support.TestRouter.KnownNumber;

    private const string AudioSdp = "m=audio [media_port] RTP/AVP 0\na=rtpmap:0 PCMU/8000\n";

    private const string ImageSdp =
        "m=image [media_port] udptl t38\n" +
        "a=T38FaxVersion:0\n" +
        "a=T38MaxBitRate:14400\n" +
        "a=T38FaxRateManagement:transferredTCF\n" +
        "a=T38FaxMaxBuffer:200\n" +
        "a=T38FaxMaxDatagram:400\n" +
        "a=T38FaxUdpEC:t38UDPRedundancy\n";

    private static string Sdp(string media) =>
        "v=0\n" +
        "o=sipp 53655765 2353687637 IN IP[local_ip_type] [local_ip]\n" +
        "s=-\n" +
        "c=IN IP[media_ip_type] [media_ip]\n" +
        "t=0 0\n" +
        media;

    private static string Wrap(string name, string body) =>
        $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<scenario name=\"{name}\">\n{body}\n</scenario>\n";

    private static string Send(string message, bool retransmit = true) =>
        $"  <send{(retransmit ? " retrans=\"500\"" : string.Empty)}>\n    <![CDATA[\n\n{message.Trim('\n')}\n\n    ]]>\n  </send>\n";

    /// <summary>A request of SIPp's: in the dialog (Request-URI and To tag from the 200, route set) or outside it.</summary>
    private static string Request(string method, int cseq, string? sdp = null, string branch = "[branch]", string number = Number, bool inDialog = true, string? toTag = null)
    {
        var lines = new List<string>
        {
            $"{method} {(inDialog ? "[next_url]" : $"sip:{number}@[remote_ip]:[remote_port]")} SIP/2.0",
            $"Via: SIP/2.0/[transport] [local_ip]:[local_port];branch={branch};rport",
            "From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]",
            $"To: <sip:{number}@[remote_ip]:[remote_port]>{(toTag is not null ? $";tag={toTag}" : inDialog ? "[peer_tag_param]" : string.Empty)}",
            "Call-ID: [call_id]",
            $"CSeq: {cseq} {method}",
            "Contact: <sip:sipp@[local_ip]:[local_port]>",
            "Max-Forwards: 70",
        };
        if (inDialog)
        {
            lines.Add("[routes]");
        }

        lines.Add(sdp is null ? "Content-Length: 0" : "Content-Type: application/sdp\nContent-Length: [len]\n\n" + sdp.TrimEnd('\n'));
        return string.Join("\n", lines);
    }

    private static string Invite(string media, string number = Number, string branch = "[branch]") =>
        Send(Request("INVITE", 1, Sdp(media), branch, number, inDialog: false), retransmit: false) + """
          <recv response="100" optional="true"/>
          <recv response="180" optional="true"/>
        """;

    private static string Ack(int cseq) => Send(Request("ACK", cseq), retransmit: false);

    /// <summary>Answers the request just received (SIPp copies its Via, From, To, Call-ID and CSeq).</summary>
    private static string Respond(string status, string? sdp = null) => Send($"""
        SIP/2.0 {status}
        [last_Via:]
        [last_From:]
        [last_To:]
        [last_Call-ID:]
        [last_CSeq:]
        Contact: <sip:sipp@[local_ip]:[local_port]>
        {(sdp is null ? "Content-Length: 0" : "Content-Type: application/sdp\nContent-Length: [len]\n\n" + sdp)}
        """, retransmit: false);

    private static string Check(string name, string regexp) =>
        $"""    <ereg regexp="{regexp}" search_in="body" check_it="true" assign_to="{name}"/>""";

    /// <summary>Our 100 Trying comes first for every INVITE, so it is optional before each final response.</summary>
    private const string Trying = "  <recv response=\"100\" optional=\"true\"/>\n";

    private static string Recv200(params string[] checks) => checks.Length == 0
        ? Trying + """  <recv response="200" rrs="true"/>""" + "\n"
        : Trying + $"  <recv response=\"200\" rrs=\"true\">\n    <action>\n{string.Join("\n", checks)}\n    </action>\n  </recv>\n";

    private const string ByeFromGateway = """
          <recv request="BYE"/>
        """;

    private static string Pause(int milliseconds) => $"  <pause milliseconds=\"{milliseconds}\"/>\n";

    private static string Uses(params string[] variables) => $"  <Reference variables=\"{string.Join(",", variables)}\"/>\n";

    /// <summary>Audio call; the peer (SIPp) switches to T.38 with its re-INVITE; the fax runs; the gateway hangs up.</summary>
    public static string PeerSwitchesToT38 => Wrap("peer-t38-reinvite",
        Invite(AudioSdp) + Recv200(Check("audio", "m=audio [1-9][0-9]* RTP/AVP")) + Ack(1) + Pause(200)
        + Send(Request("INVITE", 2, Sdp(ImageSdp))) + Recv200(Check("image", "m=image [1-9][0-9]* udptl t38")) + Ack(2)
        + ByeFromGateway + Respond("200 OK") + Uses("audio", "image"));

    /// <summary>
    /// Audio call; the gateway asks for T.38 and SIPp refuses with 488; the dialog still works: SIPp's audio re-INVITE is
    /// answered with SDP, and SIPp hangs up.
    /// </summary>
    public static string OurT38RefusedThenAudioReinvite => Wrap("t38-refused",
        Invite(AudioSdp) + Recv200() + Ack(1)
        + """
          <recv request="INVITE">
            <action>
        """ + Check("offer", "m=image [1-9][0-9]* udptl t38") + """
            </action>
          </recv>
        """ + Respond("488 Not Acceptable Here") + """
          <recv request="ACK"/>
        """ + Pause(300)
        + Send(Request("INVITE", 2, Sdp(AudioSdp))) + Recv200(Check("answer", "m=audio [1-9][0-9]* RTP/AVP")) + Ack(2)
        + Send(Request("BYE", 3)) + Recv200() + Uses("offer", "answer"));

    /// <summary>
    /// Glare: the gateway's T.38 re-INVITE and SIPp's cross. Each side answers the other 491; the gateway (not the Call-ID
    /// owner) retries within 0-2 s (RFC 3261 14.1), SIPp accepts the retry, the fax runs and the gateway hangs up.
    /// </summary>
    public static string SimultaneousReinvites => Wrap("glare",
        Invite(AudioSdp) + Recv200() + Ack(1)
        + """
          <recv request="INVITE">
            <action>
              <ereg regexp=".*" search_in="hdr" header="Via:" assign_to="ourvia"/>
              <ereg regexp=".*" search_in="hdr" header="From:" assign_to="ourfrom"/>
              <ereg regexp=".*" search_in="hdr" header="To:" assign_to="ourto"/>
              <ereg regexp=".*" search_in="hdr" header="CSeq:" assign_to="ourcseq"/>
            </action>
          </recv>
        """
        + Send(Request("INVITE", 2, Sdp(ImageSdp), branch: "z9hG4bK-rej-[call_number]"), retransmit: false)
        + """
          <recv response="100" optional="true"/>
          <recv response="491"/>
        """
        + Send(Request("ACK", 2, branch: "z9hG4bK-rej-[call_number]"), retransmit: false)
        + Send("""
        SIP/2.0 491 Request Pending
        Via: [$ourvia]
        From: [$ourfrom]
        To: [$ourto]
        Call-ID: [call_id]
        CSeq: [$ourcseq]
        Content-Length: 0
        """, retransmit: false)
        + """
          <recv request="ACK"/>
          <recv request="INVITE" timeout="20000"/>
        """
        + Respond("200 OK", Sdp(ImageSdp)) + """
          <recv request="ACK"/>
        """
        + ByeFromGateway + Respond("200 OK"));

    /// <summary>
    /// An initial INVITE with audio and image (T.38 taken at once, audio refused with port 0), then a byte-identical
    /// re-INVITE and an UPDATE while the fax runs; SIPp logs the three answers (the test compares them) and hangs up.
    /// </summary>
    public static string RefreshesDuringTheFax => Wrap("refresh",
        Invite(AudioSdp.Replace("[media_port]", "[media_port+2]", StringComparison.Ordinal) + ImageSdp)
        + Recv200(Check("first", "v=0.*"), Check("refused", "m=audio 0 "), Check("image", "m=image [1-9][0-9]* udptl t38")) + Ack(1) + Pause(1000)
        + Send(Request("INVITE", 2, Sdp(AudioSdp.Replace("[media_port]", "[media_port+2]", StringComparison.Ordinal) + ImageSdp))) + Recv200(Check("second", "v=0.*")) + Ack(2) + Pause(500)
        + Send(Request("UPDATE", 3, Sdp(AudioSdp.Replace("[media_port]", "[media_port+2]", StringComparison.Ordinal) + ImageSdp))) + Recv200(Check("third", "v=0.*")) + Pause(500)
        + Send(Request("BYE", 4)) + Recv200()
        + """
          <nop>
            <action>
              <log message="ANSWER1{[$first]}END"/>
              <log message="ANSWER2{[$second]}END"/>
              <log message="ANSWER3{[$third]}END"/>
            </action>
          </nop>
        """ + Uses("refused", "image"));

    /// <summary>T.38 in the INVITE, then nothing: SIPp sends no UDPTL (no echo); the gateway hangs up after its media timeout.</summary>
    public static string SilentPeer => Wrap("silent",
        Invite(ImageSdp) + Recv200() + Ack(1) + ByeFromGateway + Respond("200 OK"));

    /// <summary>Audio only and no re-INVITE from either side (the line does not ask): the gateway hangs up after its T.38 wait.</summary>
    public static string NoT38Comes => Wrap("no-t38",
        Invite(AudioSdp) + Recv200() + Ack(1) + ByeFromGateway + Respond("200 OK"));

    /// <summary>The INVITE sent twice with the same branch: one call, one routing decision; SIPp hangs up.</summary>
    public static string RetransmittedInvite => Wrap("retransmitted",
        Send(Request("INVITE", 1, Sdp(ImageSdp), "z9hG4bK-again-[call_number]", Number, inDialog: false), retransmit: false)
        + """
          <recv response="100" optional="true"/>
          <recv response="180"/>
        """
        + Send(Request("INVITE", 1, Sdp(ImageSdp), "z9hG4bK-again-[call_number]", Number, inDialog: false), retransmit: false)
        + """
          <recv response="180" optional="true"/>
        """ + Recv200() + Ack(1) + Pause(500) + Send(Request("BYE", 2)) + Recv200());

    /// <summary>A call the routing is still deciding on, cancelled: 200 for the CANCEL, 487 for the INVITE.</summary>
    public static string CancelledWhileRouting => Wrap("cancel",
        Send(Request("INVITE", 1, Sdp(ImageSdp), "z9hG4bK-cancel-[call_number]", Support.TestRouter.HeldNumber, inDialog: false), retransmit: false)
        + """
          <recv response="100" optional="true"/>
          <recv response="180"/>
        """
        + Send(Request("CANCEL", 1, null, "z9hG4bK-cancel-[call_number]", Support.TestRouter.HeldNumber, inDialog: false)) + """
          <recv response="200"/>
          <recv response="487"/>
        """
        + Send(Request("ACK", 1, null, "z9hG4bK-cancel-[call_number]", Support.TestRouter.HeldNumber, inDialog: false).Replace(">\nCall-ID", ">[peer_tag_param]\nCall-ID", StringComparison.Ordinal), retransmit: false)
        + Pause(300));

    /// <summary>A number nobody routes: 404 (SIPp ACKs it).</summary>
    public static string UnknownNumber => Wrap("unknown-number",
        Send(Request("INVITE", 1, Sdp(ImageSdp), "z9hG4bK-unknown-[call_number]", "0000", inDialog: false), retransmit: false)
        + """
          <recv response="100" optional="true"/>
          <recv response="180" optional="true"/>
          <recv response="404"/>
        """
        + Send(Request("ACK", 1, null, "z9hG4bK-unknown-[call_number]", "0000", inDialog: false).Replace(">\nCall-ID", ">[peer_tag_param]\nCall-ID", StringComparison.Ordinal), retransmit: false));

    /// <summary>BYE, re-INVITE and UPDATE in a dialog that does not exist: 481 each.</summary>
    public static string RequestsInAnUnknownDialog => Wrap("unknown-dialog",
        string.Concat(new[] { "BYE", "INVITE", "UPDATE" }.Select((method, index) =>
            Send(Request(method, index + 1, method == "BYE" ? null : Sdp(ImageSdp), $"z9hG4bK-unknown-{index}-[call_number]", inDialog: false, toTag: "no-such-dialog"), retransmit: false)
            + """
              <recv response="100" optional="true"/>
              <recv response="481"/>
            """
            + (method == "INVITE" ? Send(Request("ACK", index + 1, null, $"z9hG4bK-unknown-{index}-[call_number]", inDialog: false, toTag: "no-such-dialog"), retransmit: false) : string.Empty))));

    /// <summary>
    /// SIPp as the called ATA or trunk: answers our audio INVITE, accepts our T.38 re-INVITE, echoes the UDPTL, and
    /// answers our BYE.
    /// </summary>
    public static string AnswersOurCall => Wrap("answers",
        """
          <recv request="INVITE"/>
        """ + Respond("180 Ringing") + Respond("200 OK", Sdp(AudioSdp)) + """
          <recv request="ACK"/>
          <recv request="INVITE">
            <action>
        """ + Check("offer", "m=image [1-9][0-9]* udptl t38") + """
            </action>
          </recv>
        """ + Respond("200 OK", Sdp(ImageSdp)) + """
          <recv request="ACK"/>
        """ + ByeFromGateway + Respond("200 OK") + Uses("offer"));
}
