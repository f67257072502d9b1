namespace Groupus.Fax.T30;

/// <summary>Keep the line silent (Class 1: +FTS=n, n in 10 ms units; 75 ms maps to +FTS=8).</summary>
public sealed record SendSilence(TimeSpan Duration) : T30Action
{
    public override bool IsTransmit => true;
}
