using System.Net;

namespace Groupus.Api.Hosting;

/// <summary>
/// Refuses to start with a plain-text endpoint reachable from the network: tokens and personal data
/// would cross it in clear. Loopback is fine; anything else needs TLS (see docs/configuration.md),
/// unless Server:AllowPlaintextOnNetwork says a TLS-terminating proxy sits in front.
/// </summary>
public static class PlaintextEndpointGuard
{
    public static void Check(IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Server:AllowPlaintextOnNetwork"))
        {
            return;
        }

        var urls = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"])
            .Concat((configuration["urls"] ?? "").Split(';'))
            .Where(url => !string.IsNullOrWhiteSpace(url))
            .Select(url => url!.Trim());
        foreach (var url in urls)
        {
            if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !IsLoopback(url))
            {
                throw new InvalidOperationException(
                    $"Refusing to listen in plain text on {url}: configure an https endpoint with a certificate (docs/configuration.md), " +
                    "or set Server:AllowPlaintextOnNetwork=true behind a TLS-terminating proxy.");
            }
        }
    }

    private static bool IsLoopback(string url)
    {
        var host = new Uri(url.Replace("*", "wildcard", StringComparison.Ordinal).Replace("+", "wildcard", StringComparison.Ordinal)).Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
