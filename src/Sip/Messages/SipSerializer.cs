using System.Globalization;
using System.Text;

namespace Groupus.Sip.Messages;

/// <summary>Writes a message as one datagram: canonical header names, one line per value, Content-Length always set from the body.</summary>
public static class SipSerializer
{
    public static byte[] Serialize(SipMessage message)
    {
        var builder = new StringBuilder(512);
        switch (message)
        {
            case SipRequest request:
                builder.Append(request.Method).Append(' ').Append(request.RequestUri).Append(" SIP/2.0\r\n");
                break;
            case SipResponse response:
                builder.Append("SIP/2.0 ").Append(response.StatusCode.ToString(CultureInfo.InvariantCulture)).Append(' ')
                    .Append(response.ReasonPhrase).Append("\r\n");
                break;
        }

        foreach (var header in message.Headers)
        {
            if (header.Name != SipHeaderNames.ContentLength)
            {
                builder.Append(header.Name).Append(": ").Append(header.Value).Append("\r\n");
            }
        }

        builder.Append(SipHeaderNames.ContentLength).Append(": ").Append(message.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        var head = Encoding.UTF8.GetBytes(builder.ToString());
        if (message.Body.IsEmpty)
        {
            return head;
        }

        var bytes = new byte[head.Length + message.Body.Length];
        head.CopyTo(bytes, 0);
        message.Body.Span.CopyTo(bytes.AsSpan(head.Length));
        return bytes;
    }
}
