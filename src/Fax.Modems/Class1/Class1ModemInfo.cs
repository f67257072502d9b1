namespace Groupus.Fax.Modems.Class1;

/// <summary>What <see cref="Class1Modem.ProbeAsync"/> learned from a modem.</summary>
/// <param name="Identification">ATI and ATI3 lines.</param>
/// <param name="ServiceClasses">+FCLASS=? values, e.g. "0", "1", "1.0".</param>
/// <param name="TransmitModulations">+FTM=? codes (24, 48, 72, 73, 74, 96, 97, 98, 121, 122, 145, 146).</param>
/// <param name="ReceiveModulations">+FRM=? codes.</param>
/// <param name="AdaptiveAnswer">+FAR=? offers 1.</param>
public sealed record Class1ModemInfo(
    string Manufacturer,
    string Model,
    string Revision,
    IReadOnlyList<string> Identification,
    IReadOnlyList<string> ServiceClasses,
    IReadOnlyList<int> TransmitModulations,
    IReadOnlyList<int> ReceiveModulations,
    bool AdaptiveAnswer)
{
    public bool SupportsClass1 => ServiceClasses.Contains("1") || ServiceClasses.Contains("1.0");

    public override string ToString() => $"{Manufacturer} {Model} {Revision}".Trim();
}
