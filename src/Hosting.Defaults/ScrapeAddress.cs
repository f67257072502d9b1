using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Groupus.Hosting.Defaults;

/// <summary>Where the scrape endpoint listens: "localhost", an IP address, or every address ("*", "0.0.0.0", "[::]").</summary>
internal sealed record ScrapeAddress(string Host, IPAddress? Address, int Port)
{
    public bool IsLoopback => Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (Address is not null && IPAddress.IsLoopback(Address));

    public static ScrapeAddress? TryParse(string url)
    {
        var wildcard = url.Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcard, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/")
        {
            return null;
        }

        var host = uri.Host.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new ScrapeAddress(host, null, uri.Port);
        }

        return IPAddress.TryParse(host, out var address) ? new ScrapeAddress(host, address, uri.Port) : null;
    }

    public void Listen(KestrelServerOptions kestrel)
    {
        void Http1(ListenOptions listen) => listen.Protocols = HttpProtocols.Http1;
        if (Address is null)
        {
            kestrel.Listen(IPAddress.Loopback, Port, Http1);
        }
        else
        {
            kestrel.Listen(Address, Port, Http1);
        }
    }
}
