namespace Groupus.Hosting.Defaults;

/// <summary>"Telemetry:Prometheus": the scrape endpoint, served by a small HTTP/1.1 server of its own.</summary>
public sealed class ScrapeEndpointOptions
{
    /// <summary>e.g. http://127.0.0.1:9464; empty (the default) serves nothing. Port 0 picks a free port.</summary>
    public string Url { get; set; } = "";

    /// <summary>
    /// A file holding the bearer token a scraper must present (Prometheus: <c>authorization.credentials_file</c>).
    /// Required when <see cref="Url"/> is not a loopback address.
    /// </summary>
    public string BearerTokenFile { get; set; } = "";

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}
