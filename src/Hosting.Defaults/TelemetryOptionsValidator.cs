using Microsoft.Extensions.Options;

namespace Groupus.Hosting.Defaults;

/// <summary>
/// A scrape endpoint reachable from the network must ask for a token: metrics name the system's shape and load, and
/// an open port is an invitation. Loopback needs none (whoever is on the machine sees the process anyway).
/// </summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        var scrape = options.Prometheus;
        if (scrape.Enabled)
        {
            var address = ScrapeAddress.TryParse(scrape.Url.Trim());
            if (address is null)
            {
                failures.Add($"Telemetry:Prometheus:Url '{scrape.Url}' must be http://<IP address or localhost>:<port>.");
            }
            else if (string.IsNullOrWhiteSpace(scrape.BearerTokenFile))
            {
                if (!address.IsLoopback)
                {
                    failures.Add(
                        $"Refusing to serve metrics on {scrape.Url} without authentication: set Telemetry:Prometheus:BearerTokenFile " +
                        "(a file with the token scrapers must present), or listen on a loopback address.");
                }
            }
            else if ((ScrapeToken.ReadText(scrape.BearerTokenFile)?.Length ?? 0) < ScrapeToken.MinimumLength)
            {
                failures.Add($"Telemetry:Prometheus:BearerTokenFile must name a readable file holding a token of at least {ScrapeToken.MinimumLength} characters.");
            }
        }

        if (options.Otlp.Enabled)
        {
            if (!Uri.TryCreate(options.Otlp.Endpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"Telemetry:Otlp:Endpoint '{options.Otlp.Endpoint}' must be an http or https URL.");
            }

            if (options.Otlp.Protocol is not ("grpc" or "http/protobuf"))
            {
                failures.Add("Telemetry:Otlp:Protocol must be \"grpc\" or \"http/protobuf\".");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
