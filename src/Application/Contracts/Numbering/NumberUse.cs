namespace Groupus.Contracts.Numbering;

/// <summary>What calls to a number are for, as other modules see it (fax routing answers only fax numbers).</summary>
public enum NumberUse
{
    Voice = 1,
    Fax = 2,
}
