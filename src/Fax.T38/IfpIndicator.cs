namespace Groupus.Fax.T38;

/// <summary>An IFP that signals a tone, a preamble or a training (no data field).</summary>
public sealed record IfpIndicator(T30IndicatorType Indicator) : IfpPacket;
