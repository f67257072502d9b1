namespace Groupus.Hosting.Defaults;

/// <summary>"Telemetry:Otlp": metrics and traces pushed to an OpenTelemetry collector.</summary>
public sealed class OtlpOptions
{
    /// <summary>e.g. http://127.0.0.1:4317; empty (the default) exports nothing.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>"grpc" (the default, port 4317) or "http/protobuf" (port 4318).</summary>
    public string Protocol { get; set; } = "grpc";

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
}
