using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class1;

/// <summary>Which high-speed modems a Class 1 modem offers, from its +FTM=? and +FRM=? codes.</summary>
public static class ModemCapabilities
{
    public static ModemType ModemsIn(IEnumerable<int> codes)
    {
        var modems = ModemType.None;
        foreach (var code in codes)
        {
            modems |= code switch
            {
                24 or 48 => ModemType.V27ter,
                72 or 96 => ModemType.V29,
                73 or 74 or 97 or 98 or 121 or 122 or 145 or 146 => ModemType.V17,
                _ => ModemType.None,
            };
        }

        return modems;
    }

    /// <summary>The modems usable both ways; all of them when the modem did not say.</summary>
    public static ModemType Usable(Class1ModemInfo? info)
    {
        if (info is null || (info.TransmitModulations.Count == 0 && info.ReceiveModulations.Count == 0))
        {
            return ModemType.All;
        }

        return ModemsIn(info.TransmitModulations) & ModemsIn(info.ReceiveModulations);
    }
}
