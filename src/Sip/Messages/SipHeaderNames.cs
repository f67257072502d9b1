namespace Groupus.Sip.Messages;

/// <summary>Canonical header names, their compact forms (RFC 3261 §7.3.3 and later RFCs) and which may be comma-joined.</summary>
public static class SipHeaderNames
{
    public const string Via = "Via";
    public const string From = "From";
    public const string To = "To";
    public const string CallId = "Call-ID";
    public const string CSeq = "CSeq";
    public const string Contact = "Contact";
    public const string MaxForwards = "Max-Forwards";
    public const string ContentLength = "Content-Length";
    public const string ContentType = "Content-Type";
    public const string Route = "Route";
    public const string RecordRoute = "Record-Route";
    public const string Expires = "Expires";
    public const string MinExpires = "Min-Expires";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string Authorization = "Authorization";
    public const string ProxyAuthenticate = "Proxy-Authenticate";
    public const string ProxyAuthorization = "Proxy-Authorization";
    public const string UserAgent = "User-Agent";
    public const string Allow = "Allow";
    public const string Supported = "Supported";
    public const string Require = "Require";
    public const string Unsupported = "Unsupported";
    public const string RetryAfter = "Retry-After";
    public const string Date = "Date";
    public const string Warning = "Warning";

    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["i"] = CallId, ["m"] = Contact, ["f"] = From, ["t"] = To, ["v"] = Via, ["l"] = ContentLength, ["c"] = ContentType,
        ["k"] = Supported, ["s"] = "Subject", ["e"] = "Content-Encoding", ["o"] = "Event", ["u"] = "Allow-Events",
        ["r"] = "Refer-To", ["b"] = "Referred-By", ["x"] = "Session-Expires", ["a"] = "Accept-Contact",
        ["j"] = "Reject-Contact", ["d"] = "Request-Disposition", ["y"] = "Identity", ["n"] = "Identity-Info",
        [Via] = Via, [From] = From, [To] = To, [CallId] = CallId, [CSeq] = CSeq, [Contact] = Contact,
        [MaxForwards] = MaxForwards, [ContentLength] = ContentLength, [ContentType] = ContentType, [Route] = Route,
        [RecordRoute] = RecordRoute, [Expires] = Expires, [MinExpires] = MinExpires, [WwwAuthenticate] = WwwAuthenticate,
        [Authorization] = Authorization, [ProxyAuthenticate] = ProxyAuthenticate, [ProxyAuthorization] = ProxyAuthorization,
        [UserAgent] = UserAgent, [Allow] = Allow, [Supported] = Supported, [Require] = Require, [Unsupported] = Unsupported,
        [RetryAfter] = RetryAfter, [Date] = Date, [Warning] = Warning,
        ["Subject"] = "Subject", ["Content-Encoding"] = "Content-Encoding", ["Event"] = "Event", ["Allow-Events"] = "Allow-Events",
        ["Session-Expires"] = "Session-Expires", ["Min-SE"] = "Min-SE", ["Accept"] = "Accept", ["Server"] = "Server",
        ["Proxy-Require"] = "Proxy-Require",
    };

    // Headers whose grammar is a comma-separated list (§7.3.1): a joined line is split into one entry per element.
    // The authentication headers are not: their parameters are comma-separated.
    private static readonly HashSet<string> Lists = new(StringComparer.OrdinalIgnoreCase)
    {
        Via, Contact, Route, RecordRoute, Allow, Supported, Require, Unsupported, "Proxy-Require", "Accept",
        "Accept-Encoding", "Accept-Language", "Content-Encoding", "Allow-Events",
    };

    /// <summary>The canonical spelling of a header name: compact forms expanded, known names in their RFC case.</summary>
    public static string Normalise(string name) => Canonical.TryGetValue(name, out var canonical) ? canonical : name;

    public static bool IsList(string canonicalName) => Lists.Contains(canonicalName);
}
