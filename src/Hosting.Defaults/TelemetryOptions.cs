namespace Groupus.Hosting.Defaults;

/// <summary>The "Telemetry" section: where metrics and traces go. Nothing is collected unless an exporter is on.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public ScrapeEndpointOptions Prometheus { get; set; } = new();

    public OtlpOptions Otlp { get; set; } = new();
}
