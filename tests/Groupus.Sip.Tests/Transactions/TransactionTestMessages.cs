using Groupus.Sip.Messages;

namespace Groupus.Sip.Tests.Transactions;

internal static class TransactionTestMessages
{
    public static SipRequest Request(string method, string branch = "z9hG4bKtest1", long cseq = 1, string? toTag = null) =>
        SipMessages.Parse(
            $"{method} sip:bob@127.0.0.1 SIP/2.0\r\n" +
            $"Via: SIP/2.0/UDP 127.0.0.1:5070;branch={branch}\r\n" +
            "Max-Forwards: 70\r\n" +
            "From: <sip:alice@127.0.0.1>;tag=a1\r\n" +
            $"To: <sip:bob@127.0.0.1>{(toTag is null ? string.Empty : ";tag=" + toTag)}\r\n" +
            "Call-ID: call-1@127.0.0.1\r\n" +
            $"CSeq: {cseq} {method}\r\n" +
            "Route: <sip:proxy.example;lr>\r\n" +
            "\r\n");
}
