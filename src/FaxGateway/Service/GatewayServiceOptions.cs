using Groupus.FaxGateway.Link;

namespace Groupus.FaxGateway.Service;

/// <summary>The <c>Gateway</c> section as the service mode reads it (the lines themselves are <c>Lines.GatewayLinesOptions</c>).</summary>
public sealed class GatewayServiceOptions
{
    public const string SectionName = "Gateway";

    public CoreLinkOptions Core { get; set; } = new();

    public DialPlanOptions Dialling { get; set; } = new();

    /// <summary>Received faxes wait here until the core has confirmed their upload.</summary>
    public string SpoolDirectory { get; set; } = string.Empty;

    /// <summary>
    /// How long an idle line waits for a call before checking its modem again. An outbound job interrupts the wait at
    /// once; at this interval the modem is asked for an OK (AT), so a wedged modem is noticed, and reset only if it
    /// does not answer: a reset makes some modems refuse calls for seconds.
    /// </summary>
    public int ListenCycleSeconds { get; set; } = 60;

    /// <summary>How long a line that cannot be opened or whose modem does not answer rests before it is tried again.</summary>
    public int OutOfServiceRetrySeconds { get; set; } = 30;
}
