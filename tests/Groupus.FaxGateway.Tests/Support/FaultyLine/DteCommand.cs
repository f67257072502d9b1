namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>An AT command line the driver sent, upper case without the CR, and how many times it has been sent so far.</summary>
internal sealed record DteCommand(string Text, int Occurrence)
{
    /// <summary>Commands after whose CONNECT the modem sends data to the driver (+FRM, +FRH, and ATD, which ends in +FRH=3).</summary>
    public bool StartsReception => Text.StartsWith("AT+FRM=", StringComparison.Ordinal)
        || Text.StartsWith("AT+FRH=", StringComparison.Ordinal)
        || Text.StartsWith("ATD", StringComparison.Ordinal);

    /// <summary>Commands after whose CONNECT the driver sends data to the modem (+FTM, +FTH, and ATA, which starts V.21 flags).</summary>
    public bool StartsTransmission => Text.StartsWith("AT+FTM=", StringComparison.Ordinal)
        || Text.StartsWith("AT+FTH=", StringComparison.Ordinal)
        || Text == "ATA";

    public bool IsHighSpeedReception => Text.StartsWith("AT+FRM=", StringComparison.Ordinal);

    public override string ToString() => $"{Text} #{Occurrence}";
}
