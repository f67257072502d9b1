namespace Groupus.Fax.T30;

/// <summary>
/// A high-speed modulation and rate for one transmission, with the V.17 training length.
/// <see cref="Class1Code"/> is the T.31 modulation parameter for +FTM/+FRM (24, 48, 72, 73, 74, 96, 97, 98, 121, 122, 145, 146).
/// </summary>
public sealed record Modulation(SignallingRate Rate, bool ShortTrain = false)
{
    public int BitRate => Rate.BitRate;

    public int Class1Code => Rate.Modem switch
    {
        ModemType.V27ter or ModemType.V29 => Rate.BitRate / 100,
        // V.17 code = rate/100 + 1 for long training, + 2 for short training (e.g. 145 / 146).
        ModemType.V17 => (Rate.BitRate / 100) + (ShortTrain ? 2 : 1),
        _ => throw new InvalidOperationException("No modem selected."),
    };

    public override string ToString() => $"{Rate}{(Rate.Modem == ModemType.V17 ? (ShortTrain ? " short train" : " long train") : string.Empty)}";
}
