namespace Groupus.Sip.Tests.Sipp;

/// <summary>SIPp scenarios (SIPp's XML; [keywords] are SIPp's own) played against the library's UAS and registrar.</summary>
internal static class SippScenarios
{
    private const string Sdp =
        "v=0\n" +
        "o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]\n" +
        "s=-\n" +
        "c=IN IP[media_ip_type] [media_ip]\n" +
        "t=0 0\n" +
        "m=audio [media_port] RTP/AVP 0\n" +
        "a=rtpmap:0 PCMU/8000\n";

    private static string Wrap(string name, string body) =>
        $"<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<scenario name=\"{name}\">\n{body}\n</scenario>\n";

    private static string Send(string message, bool retransmit = true) =>
        $"  <send{(retransmit ? " retrans=\"500\"" : string.Empty)}>\n    <![CDATA[\n\n{message.Trim('\n')}\n\n    ]]>\n  </send>\n";

    private static string Invite(string branch, string user = "fax") => $"""
        INVITE sip:{user}@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch={branch};rport
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
        To: <sip:{user}@[remote_ip]:[remote_port]>
        Call-ID: [call_id]
        CSeq: 1 INVITE
        Contact: <sip:sipp@[local_ip]:[local_port]>
        Max-Forwards: 70
        Content-Type: application/sdp
        Content-Length: [len]

        {Sdp}
        """;

    private const string AckAndBye = """
          <send>
            <![CDATA[

        ACK [next_url] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
        To: <sip:fax@[remote_ip]:[remote_port]>[peer_tag_param]
        Call-ID: [call_id]
        CSeq: 1 ACK
        [routes]
        Max-Forwards: 70
        Content-Length: 0

            ]]>
          </send>
          <pause milliseconds="200"/>
          <send retrans="500">
            <![CDATA[

        BYE [next_url] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
        To: <sip:fax@[remote_ip]:[remote_port]>[peer_tag_param]
        Call-ID: [call_id]
        CSeq: 2 BYE
        [routes]
        Max-Forwards: 70
        Content-Length: 0

            ]]>
          </send>
          <recv response="200" crlf="true"/>
        """;

    public static string Options => Wrap("options", Send("""
        OPTIONS sip:fax@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
        To: <sip:fax@[remote_ip]:[remote_port]>
        Call-ID: [call_id]
        CSeq: 1 OPTIONS
        Max-Forwards: 70
        Content-Length: 0
        """) + """
          <recv response="200">
            <action>
              <ereg regexp="INVITE" search_in="hdr" header="Allow:" check_it="true" assign_to="allow"/>
            </action>
          </recv>
          <Reference variables="allow"/>
        """);

    public static string Register(string user, string password) => Wrap("register", Send($"""
        REGISTER sip:[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
        From: <sip:{user}@[remote_ip]>;tag=[pid]SIPpTag00[call_number]
        To: <sip:{user}@[remote_ip]>
        Call-ID: [call_id]
        CSeq: 1 REGISTER
        Contact: <sip:{user}@[local_ip]:[local_port]>
        Expires: 300
        Max-Forwards: 70
        Content-Length: 0
        """) + """
          <recv response="401" auth="true"/>
        """ + Send($"""
        REGISTER sip:[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
        From: <sip:{user}@[remote_ip]>;tag=[pid]SIPpTag00[call_number]
        To: <sip:{user}@[remote_ip]>
        Call-ID: [call_id]
        CSeq: 2 REGISTER
        Contact: <sip:{user}@[local_ip]:[local_port]>
        Expires: 300
        [authentication username={user} password={password}]
        Max-Forwards: 70
        Content-Length: 0
        """) + """
          <recv response="200"/>
        """);

    public static string InviteAckBye => Wrap("invite-ack-bye", Send(Invite("[branch]")) + """
          <recv response="100" optional="true"/>
          <recv response="180" optional="true"/>
          <recv response="200" rrs="true"/>
        """ + AckAndBye);

    /// <summary>
    /// The INVITE sent again, byte for byte (same branch), after its 200: it is absorbed (no second call); SIPp sees our 2xx
    /// retransmissions during the pause as retransmissions of the 200 it has, and the call goes on with ACK and BYE.
    /// </summary>
    public static string RetransmittedInvite => Wrap("retransmitted-invite", Send(Invite("z9hG4bK-again-[call_number]"), retransmit: false) + """
          <recv response="100" optional="true"/>
          <recv response="200" rrs="true"/>
        """ + Send(Invite("z9hG4bK-again-[call_number]"), retransmit: false) + """
          <pause milliseconds="1200"/>
        """ + AckAndBye);

    /// <summary>An INVITE the host leaves ringing, cancelled: 200 for the CANCEL, 487 for the INVITE, which SIPp ACKs.</summary>
    public static string CancelledInvite => Wrap("cancel", Send(Invite("z9hG4bK-cancel-[call_number]", "ring"), retransmit: false) + """
          <recv response="100" optional="true"/>
          <recv response="180"/>
        """ + Send("""
        CANCEL sip:ring@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=z9hG4bK-cancel-[call_number];rport
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
        To: <sip:ring@[remote_ip]:[remote_port]>
        Call-ID: [call_id]
        CSeq: 1 CANCEL
        Max-Forwards: 70
        Content-Length: 0
        """) + """
          <recv response="200"/>
          <recv response="487"/>
        """ + Send("""
        ACK sip:ring@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=z9hG4bK-cancel-[call_number];rport
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
        To: <sip:ring@[remote_ip]:[remote_port]>[peer_tag_param]
        Call-ID: [call_id]
        CSeq: 1 ACK
        Max-Forwards: 70
        Content-Length: 0
        """, retransmit: false) + """
          <pause milliseconds="300"/>
        """);

    public static string ByeInUnknownDialog => Wrap("unknown-dialog", Send("""
        BYE sip:fax@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
        To: <sip:fax@[remote_ip]:[remote_port]>;tag=no-such-dialog
        Call-ID: [call_id]
        CSeq: 1 BYE
        Max-Forwards: 70
        Content-Length: 0
        """) + """
          <recv response="481"/>
        """);
}
