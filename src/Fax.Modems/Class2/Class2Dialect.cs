namespace Groupus.Fax.Modems.Class2;

/// <summary>Which of the two "service class 2" command sets a modem speaks.</summary>
public enum Class2Dialect
{
    /// <summary>
    /// <c>+FCLASS=2</c>: the draft (EIA SP-2388 / TIA-592 draft) most older modems ship. +FDCC/+FDIS/+FLID,
    /// reports +FCON, +FDCS, +FPTS, +FHNG (decimal); post-page message by <c>AT+FET=n</c> after <c>&lt;DLE&gt;&lt;ETX&gt;</c>.
    /// </summary>
    Class2,

    /// <summary>
    /// <c>+FCLASS=2.0</c>: ITU-T T.32 / TIA-592. +FCC/+FIS/+FLI, reports +FCO, +FCS, +FPS, +FHS (hexadecimal);
    /// post-page message in band as <c>&lt;DLE&gt;,</c> (MPS), <c>&lt;DLE&gt;;</c> (EOM) or <c>&lt;DLE&gt;.</c> (EOP).
    /// </summary>
    Class20,
}
