using System.Text;

namespace Groupus.Sip.Messages;

/// <summary>
/// The value of From, To, Contact, Route and Record-Route: an optional display name, a URI and header parameters (tag,
/// expires...). Parses both name-addr (<c>"Bob" &lt;sip:bob@host;lr&gt;;tag=1</c>) and addr-spec (<c>sip:bob@host;tag=1</c>,
/// where the parameters belong to the header, §20.10).
/// </summary>
public sealed record NameAddress(string? DisplayName, SipUri Uri, SipParameters Parameters)
{
    public static NameAddress Of(SipUri uri) => new(null, uri, SipParameters.Empty);

    public string? Tag => Parameters.Get("tag");

    public NameAddress WithTag(string tag) => this with { Parameters = Parameters.Set("tag", tag) };

    public static bool TryParse(string text, out NameAddress value)
    {
        value = null!;
        text = text.Trim();
        int open = IndexOfOpenAngle(text);
        if (open >= 0)
        {
            int close = text.IndexOf('>', open);
            if (close < 0 || !SipUri.TryParse(text[(open + 1)..close].Trim(), out var uri))
            {
                return false;
            }

            var display = text[..open].Trim();
            var trailing = text[(close + 1)..].Trim();
            SipParameters? parameters = SipParameters.Empty;
            if (trailing.Length > 0)
            {
                if (trailing[0] != ';')
                {
                    return false;
                }

                parameters = SipParameters.Parse(trailing[1..]);
            }

            if (parameters is null)
            {
                return false;
            }

            value = new NameAddress(display.Length == 0 ? null : SipText.Unquote(display), uri, parameters);
            return true;
        }

        // addr-spec: everything after the first ';' is a header parameter, not a URI parameter.
        int semicolon = text.IndexOf(';', StringComparison.Ordinal);
        var uriText = semicolon < 0 ? text : text[..semicolon];
        var headerParameters = semicolon < 0 ? SipParameters.Empty : SipParameters.Parse(text[(semicolon + 1)..]);
        if (headerParameters is null || uriText.Contains(' ', StringComparison.Ordinal) || !SipUri.TryParse(uriText, out var bare))
        {
            return false;
        }

        value = new NameAddress(null, bare, headerParameters);
        return true;
    }

    private static int IndexOfOpenAngle(string text)
    {
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == '\\' && quoted)
            {
                i++;
            }
            else if (text[i] == '<' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        if (DisplayName is not null)
        {
            builder.Append(SipText.Quote(DisplayName)).Append(' ');
        }

        return builder.Append('<').Append(Uri).Append('>').Append(Parameters).ToString();
    }
}
