using System.Text;
using Groupus.Sip.Messages;

namespace Groupus.Sip.Tests;

/// <summary>Requests built from text through the real parser, as a peer would send them.</summary>
internal static class SipMessages
{
    public static SipRequest Parse(string text)
    {
        var result = SipParser.Parse(Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error?.Reason);
        return (SipRequest)result.Message;
    }

    public static SipRequest Register(string user, long cseq, string contact = "<sip:{0}@192.0.2.10:5060>", string? expires = null, string callId = "reg-1@192.0.2.10", string? toUser = null) =>
        Parse(
            "REGISTER sip:gateway.example SIP/2.0\r\n" +
            $"Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bKreg{cseq};rport\r\n" +
            "Max-Forwards: 70\r\n" +
            $"From: <sip:{user}@gateway.example>;tag=ata{cseq}\r\n" +
            $"To: <sip:{toUser ?? user}@gateway.example>\r\n" +
            $"Call-ID: {callId}\r\n" +
            $"CSeq: {cseq} REGISTER\r\n" +
            (contact.Length == 0 ? string.Empty : $"Contact: {string.Format(System.Globalization.CultureInfo.InvariantCulture, contact, user)}\r\n") +
            (expires is null ? string.Empty : $"Expires: {expires}\r\n") +
            "\r\n");
}
