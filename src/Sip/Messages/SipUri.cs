using System.Globalization;
using System.Text;

namespace Groupus.Sip.Messages;

/// <summary>A <c>sip:</c>/<c>sips:</c> URI: user, host (IPv6 in brackets), port, parameters and headers (kept raw).</summary>
public sealed record SipUri(string Scheme, string? User, string Host, int? Port, SipParameters Parameters, string? Headers = null)
{
    public static SipUri Create(string? user, string host, int? port = null) => new("sip", user, host, port, SipParameters.Empty);

    public static bool TryParse(string text, out SipUri uri)
    {
        uri = null!;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var scheme = text[..colon].ToLowerInvariant();
        if (scheme is not ("sip" or "sips"))
        {
            return false;
        }

        var rest = text[(colon + 1)..];
        string? headers = null;
        int question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            headers = rest[(question + 1)..];
            rest = rest[..question];
        }

        string? user = null;
        int at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            user = rest[..at];
            int password = user.IndexOf(':', StringComparison.Ordinal);
            if (password >= 0)
            {
                user = user[..password];
            }

            if (user.Length == 0)
            {
                return false;
            }

            rest = rest[(at + 1)..];
        }

        var parameters = SipParameters.Empty;
        int semicolon = rest.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
        {
            var parsed = SipParameters.Parse(rest[(semicolon + 1)..]);
            if (parsed is null)
            {
                return false;
            }

            parameters = parsed;
            rest = rest[..semicolon];
        }

        if (!TrySplitHostPort(rest, out var host, out var port))
        {
            return false;
        }

        uri = new SipUri(scheme, user, host, port, parameters, headers);
        return true;
    }

    /// <summary>Splits <c>host[:port]</c> (IPv6 in brackets); the port must be 1–65535.</summary>
    internal static bool TrySplitHostPort(string text, out string host, out int? port)
    {
        host = text;
        port = null;
        string portText = string.Empty;
        if (text.StartsWith('['))
        {
            int close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            host = text[..(close + 1)];
            var after = text[(close + 1)..];
            if (after.Length > 0)
            {
                if (after[0] != ':')
                {
                    return false;
                }

                portText = after[1..];
            }
        }
        else
        {
            int colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                host = text[..colon];
                portText = text[(colon + 1)..];
            }
        }

        if (host.Length == 0 || host.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '@'))
        {
            return false;
        }

        if (portText.Length > 0 || text.EndsWith(':'))
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 65535)
            {
                return false;
            }

            port = value;
        }

        return true;
    }

    /// <summary>The address-of-record form used as a registrar key: <c>sip:user@host</c>, lower-case host, no port or parameters.</summary>
    public string AddressOfRecord => $"{Scheme}:{User}@{Host.ToLowerInvariant()}";

    public SipUri WithParameter(string name, string? value) => this with { Parameters = Parameters.Set(name, value) };

    public override string ToString()
    {
        var builder = new StringBuilder(Scheme).Append(':');
        if (User is not null)
        {
            builder.Append(User).Append('@');
        }

        builder.Append(Host);
        if (Port is { } port)
        {
            builder.Append(':').Append(port.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(Parameters);
        if (Headers is not null)
        {
            builder.Append('?').Append(Headers);
        }

        return builder.ToString();
    }
}
