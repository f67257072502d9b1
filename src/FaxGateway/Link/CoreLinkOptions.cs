namespace Groupus.FaxGateway.Link;

/// <summary><c>Gateway:Core</c>: where the core is and the machine credential this gateway signs in with.</summary>
public sealed class CoreLinkOptions
{
    /// <summary>The core's gRPC address: https://… anywhere, or http://… on loopback only (ADR 0007).</summary>
    public string Address { get; set; } = string.Empty;

    /// <summary>The gateway id issued with the credential (<c>groupus gateways issue</c>).</summary>
    public string GatewayId { get; set; } = string.Empty;

    /// <summary>The credential's secret. Prefer <see cref="SecretFile"/> so the secret stays out of configuration files.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>A file holding the secret (surrounding white space is ignored).</summary>
    public string SecretFile { get; set; } = string.Empty;

    /// <summary>The first pause before reconnecting; it doubles on each failure up to <see cref="ReconnectMaxDelayMilliseconds"/>.</summary>
    public int ReconnectInitialDelayMilliseconds { get; set; } = 500;

    public int ReconnectMaxDelayMilliseconds { get; set; } = 30_000;

    /// <summary>
    /// A job whose lease could not be renewed for this share of the lease duration is abandoned early, so that the
    /// gateway has stopped before the core hands the job to another line (default a third of the lease).
    /// </summary>
    public double LeaseSafetyMargin { get; set; } = 1.0 / 3;

    public string ReadSecret() => SecretFile.Length > 0 ? File.ReadAllText(SecretFile).Trim() : Secret;
}
