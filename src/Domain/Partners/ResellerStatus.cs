namespace Groupus.Domain.Partners;

/// <summary>active ⇄ suspended → terminated; a terminated agreement stays terminated (the record is kept for the contract's history).</summary>
public enum ResellerStatus
{
    Active = 1,
    Suspended = 2,
    Terminated = 3,
}
