namespace Groupus.Fax.T30;

/// <summary>The result of <see cref="CapabilityNegotiator.Negotiate"/>: parameters and the modems both ends share, or an error.</summary>
public sealed record NegotiationOutcome(DigitalCommandSignal? Parameters, ModemType CommonModems, T30Error? Error)
{
    public bool Success => Parameters is not null;

    public static NegotiationOutcome Succeeded(DigitalCommandSignal parameters, ModemType common) => new(parameters, common, null);

    public static NegotiationOutcome Failed(T30Error error) => new(null, ModemType.None, error);
}
