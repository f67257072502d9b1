using System.Globalization;
using System.Text;

namespace Groupus.Sip.Messages;

/// <summary>
/// Parses one datagram into a <see cref="SipMessage"/> (§7): header names in any case or compact form, folded lines,
/// comma-joined list headers split, Content-Length honoured (or the rest of the datagram when absent, as UDP allows).
/// Bounded by <see cref="SipParserLimits"/>; every failure is a <see cref="SipParseError"/>, never an exception.
/// </summary>
public static class SipParser
{
    private static readonly string[] SingleValued = [SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq, SipHeaderNames.ContentLength, SipHeaderNames.MaxForwards];

    public static SipParseResult Parse(ReadOnlySpan<byte> datagram, SipParserLimits? limits = null)
    {
        limits ??= SipParserLimits.Default;
        if (datagram.Length > limits.MaxMessageSize)
        {
            return Fail(SipParseErrorKind.TooLarge, "Message too large");
        }

        int start = 0;
        while (start < datagram.Length && datagram[start] is (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start == datagram.Length)
        {
            return Fail(SipParseErrorKind.Empty, "Empty message");
        }

        var data = datagram[start..];
        if (!TryFindHeaderEnd(data, out int headerLength, out int bodyStart))
        {
            return Fail(SipParseErrorKind.HeaderSectionUnterminated, "Header section not terminated");
        }

        var text = Encoding.UTF8.GetString(data[..headerLength]);
        var lines = text.Split('\n');
        var startLine = lines[0].TrimEnd('\r');

        var headers = new List<SipHeader>();
        var error = ReadHeaders(lines, limits, headers);
        if (error is not null)
        {
            return SipParseResult.Failure(error);
        }

        var headerSet = SipHeaders.From(headers);
        var startLineResult = ParseStartLine(startLine, headerSet);
        if (startLineResult.Error is not null)
        {
            return SipParseResult.Failure(startLineResult.Error);
        }

        var message = startLineResult.Message!;
        error = Validate(message);
        if (error is not null)
        {
            return SipParseResult.Failure(error);
        }

        var request = message as SipRequest;
        var rest = data[bodyStart..];
        var contentLength = headerSet.Get(SipHeaderNames.ContentLength);
        int bodyLength = rest.Length;
        if (contentLength is not null)
        {
            if (!int.TryParse(contentLength, NumberStyles.None, CultureInfo.InvariantCulture, out bodyLength))
            {
                return Fail(SipParseErrorKind.InvalidHeaderValue, "Invalid Content-Length", request);
            }

            // §18.3: a body shorter than Content-Length is an error; octets beyond it are discarded.
            if (bodyLength > rest.Length)
            {
                return Fail(SipParseErrorKind.BodyTruncated, "Body shorter than Content-Length", request);
            }
        }

        var body = bodyLength == 0 ? ReadOnlyMemory<byte>.Empty : rest[..bodyLength].ToArray();
        return SipParseResult.Success(message with { Body = body });
    }

    private static bool TryFindHeaderEnd(ReadOnlySpan<byte> data, out int headerLength, out int bodyStart)
    {
        int crlf = data.IndexOf("\r\n\r\n"u8);
        int lf = data.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            headerLength = crlf;
            bodyStart = crlf + 4;
            return true;
        }

        if (lf >= 0)
        {
            headerLength = lf;
            bodyStart = lf + 2;
            return true;
        }

        headerLength = bodyStart = 0;
        return false;
    }

    private static SipParseError? ReadHeaders(string[] lines, SipParserLimits limits, List<SipHeader> headers)
    {
        string? pendingName = null;
        StringBuilder? pendingValue = null;
        for (int i = 1; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].TrimEnd('\r') : null;
            if (line is not null && line.Length > 0 && line[0] is ' ' or '\t')
            {
                if (pendingValue is null)
                {
                    return new SipParseError(SipParseErrorKind.MalformedHeader, "Continuation line without a header");
                }

                pendingValue.Append(' ').Append(line.Trim());
                continue;
            }

            if (pendingName is not null)
            {
                var error = AddHeader(pendingName, pendingValue!.ToString(), limits, headers);
                if (error is not null)
                {
                    return error;
                }
            }

            if (line is null)
            {
                break;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return new SipParseError(SipParseErrorKind.MalformedHeader, "Header line without a name");
            }

            pendingName = line[..colon].Trim();
            if (!SipText.IsToken(pendingName))
            {
                return new SipParseError(SipParseErrorKind.MalformedHeader, "Invalid header name");
            }

            pendingValue = new StringBuilder(line[(colon + 1)..].Trim());
        }

        return null;
    }

    private static SipParseError? AddHeader(string rawName, string value, SipParserLimits limits, List<SipHeader> headers)
    {
        var name = SipHeaderNames.Normalise(rawName);
        IReadOnlyList<string> values = [value];
        if (SipHeaderNames.IsList(name) && value.Length > 0 && value != "*")
        {
            var split = SipText.SplitOutside(value, ',');
            if (split is null || split.Any(s => s.Length == 0))
            {
                return new SipParseError(SipParseErrorKind.InvalidHeaderValue, $"Invalid {name}");
            }

            values = split;
        }

        foreach (var element in values)
        {
            if (headers.Count >= limits.MaxHeaderCount)
            {
                return new SipParseError(SipParseErrorKind.TooManyHeaders, "Too many headers");
            }

            headers.Add(new SipHeader(name, element));
        }

        return null;
    }

    private static (SipMessage? Message, SipParseError? Error) ParseStartLine(string line, SipHeaders headers)
    {
        var parts = line.Split(' ', 3);
        if (parts.Length < 2)
        {
            return (null, new SipParseError(SipParseErrorKind.BadStartLine, "Invalid start line"));
        }

        if (parts[0].StartsWith("SIP/", StringComparison.OrdinalIgnoreCase))
        {
            if (!parts[0].Equals("SIP/2.0", StringComparison.OrdinalIgnoreCase))
            {
                return (null, new SipParseError(SipParseErrorKind.UnsupportedVersion, "Unsupported SIP version"));
            }

            if (parts[1].Length != 3 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code < 100)
            {
                return (null, new SipParseError(SipParseErrorKind.BadStartLine, "Invalid status code"));
            }

            return (new SipResponse(code, parts.Length == 3 ? parts[2] : string.Empty, headers, ReadOnlyMemory<byte>.Empty), null);
        }

        if (parts.Length != 3 || !SipText.IsToken(parts[0]) || parts[1].Length == 0 || !parts[1].Contains(':', StringComparison.Ordinal))
        {
            return (null, new SipParseError(SipParseErrorKind.BadStartLine, "Invalid request line"));
        }

        if (!parts[2].Equals("SIP/2.0", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new SipParseError(SipParseErrorKind.UnsupportedVersion, "Unsupported SIP version"));
        }

        return (new SipRequest(parts[0], parts[1], headers), null);
    }

    private static SipParseError? Validate(SipMessage message)
    {
        var headers = message.Headers;
        foreach (var name in SingleValued)
        {
            if (headers.GetAll(name).Count > 1)
            {
                return new SipParseError(SipParseErrorKind.InvalidHeaderValue, $"Duplicate {name}");
            }
        }

        foreach (var name in new[] { SipHeaderNames.Via, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq })
        {
            if (!headers.Contains(name))
            {
                return new SipParseError(SipParseErrorKind.MissingHeader, $"Missing {name}");
            }
        }

        if (headers.GetAll(SipHeaderNames.Via).Any(v => !Via.TryParse(v, out _)))
        {
            return new SipParseError(SipParseErrorKind.InvalidHeaderValue, "Invalid Via");
        }

        if (message.From is null)
        {
            return new SipParseError(SipParseErrorKind.InvalidHeaderValue, "Invalid From");
        }

        if (message.To is null)
        {
            return new SipParseError(SipParseErrorKind.InvalidHeaderValue, "Invalid To");
        }

        if (message.CallId!.Length == 0 || message.CallId.Any(char.IsWhiteSpace))
        {
            return new SipParseError(SipParseErrorKind.InvalidHeaderValue, "Invalid Call-ID");
        }

        if (message.CSeq is not { } cseq)
        {
            return new SipParseError(SipParseErrorKind.InvalidHeaderValue, "Invalid CSeq");
        }

        var request = message as SipRequest;
        if (request is not null && !string.Equals(cseq.Method, request.Method, StringComparison.Ordinal))
        {
            return new SipParseError(SipParseErrorKind.CSeqMethodMismatch, "CSeq method does not match", request);
        }

        if (headers.Get(SipHeaderNames.MaxForwards) is { } maxForwards
            && !int.TryParse(maxForwards, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return new SipParseError(SipParseErrorKind.InvalidHeaderValue, "Invalid Max-Forwards", request);
        }

        return null;
    }

    private static SipParseResult Fail(SipParseErrorKind kind, string reason, SipRequest? request = null) =>
        SipParseResult.Failure(new SipParseError(kind, reason, request));
}
