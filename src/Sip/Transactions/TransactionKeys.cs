using Groupus.Sip.Messages;

namespace Groupus.Sip.Transactions;

/// <summary>How requests and responses find their transaction (§17.1.3, §17.2.3).</summary>
public static class TransactionKeys
{
    /// <summary>A client transaction: the branch it put in the top Via and the CSeq method.</summary>
    public static string Client(string branch, string method) => branch + "|" + method;

    /// <summary>
    /// A server transaction: the branch, sent-by and method (ACK matching its INVITE) when the branch has the RFC 3261 magic
    /// cookie; otherwise the RFC 2543 fields (Request-URI, To tag, From tag, Call-ID, CSeq number, top Via).
    /// </summary>
    public static string Server(SipRequest request)
    {
        var via = request.TopVia!;
        var method = request.Method == SipMethods.Ack ? SipMethods.Invite : request.Method;
        if (via.Branch is { } branch && branch.StartsWith(Via.MagicCookie, StringComparison.Ordinal))
        {
            return $"{branch}|{via.Host}:{via.Port}|{method}";
        }

        var toTag = request.Method == SipMethods.Ack ? null : request.To?.Tag;
        return $"2543|{request.RequestUri}|{toTag}|{request.From?.Tag}|{request.CallId}|{request.CSeq?.Number}|{via.Host}:{via.Port}|{method}";
    }

    public static string NewBranch() => Via.MagicCookie + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
}
