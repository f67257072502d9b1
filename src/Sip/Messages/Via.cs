using System.Globalization;
using System.Text;

namespace Groupus.Sip.Messages;

/// <summary>One Via entry: <c>SIP/2.0/UDP host:port;branch=z9hG4bK...;rport;received=...</c>.</summary>
public sealed record Via(string Transport, string Host, int? Port, SipParameters Parameters)
{
    /// <summary>The RFC 3261 branch prefix: transactions are matched by branch only when it is present.</summary>
    public const string MagicCookie = "z9hG4bK";

    public static Via Create(string host, int port, string branch, bool rport = true)
    {
        var parameters = SipParameters.Empty.Set("branch", branch);
        return new Via("UDP", host, port, rport ? parameters.Set("rport", null) : parameters);
    }

    public string? Branch => Parameters.Get("branch");

    public string? Received => Parameters.Get("received");

    /// <summary>True when the sender asked for symmetric response routing (RFC 3581).</summary>
    public bool HasRPort => Parameters.Contains("rport");

    /// <summary>The rport value the server filled in, if any.</summary>
    public int? RPort => int.TryParse(Parameters.Get("rport"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;

    public Via WithParameter(string name, string? value) => this with { Parameters = Parameters.Set(name, value) };

    public static bool TryParse(string text, out Via via)
    {
        via = null!;
        text = text.Trim();
        int space = text.IndexOfAny([' ', '\t']);
        if (space < 0)
        {
            return false;
        }

        var protocol = text[..space].Split('/', StringSplitOptions.TrimEntries);
        if (protocol.Length != 3 || !protocol[0].Equals("SIP", StringComparison.OrdinalIgnoreCase) || protocol[1] != "2.0"
            || !SipText.IsToken(protocol[2]))
        {
            return false;
        }

        var sentBy = text[(space + 1)..].Trim();
        var parameters = SipParameters.Empty;
        int semicolon = sentBy.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
        {
            var parsed = SipParameters.Parse(sentBy[(semicolon + 1)..]);
            if (parsed is null)
            {
                return false;
            }

            parameters = parsed;
            sentBy = sentBy[..semicolon].Trim();
        }

        if (!SipUri.TrySplitHostPort(sentBy.Replace(" ", string.Empty, StringComparison.Ordinal), out var host, out var port))
        {
            return false;
        }

        via = new Via(protocol[2].ToUpperInvariant(), host, port, parameters);
        return true;
    }

    public override string ToString()
    {
        var builder = new StringBuilder("SIP/2.0/").Append(Transport).Append(' ').Append(Host);
        if (Port is { } port)
        {
            builder.Append(':').Append(port.ToString(CultureInfo.InvariantCulture));
        }

        return builder.Append(Parameters).ToString();
    }
}
