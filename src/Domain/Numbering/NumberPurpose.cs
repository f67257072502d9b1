namespace Groupus.Domain.Numbering;

/// <summary>What calls to a number are for: the PBX (voice) or the fax service.</summary>
public enum NumberPurpose
{
    Voice = 1,
    Fax = 2,
}
