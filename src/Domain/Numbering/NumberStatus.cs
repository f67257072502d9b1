namespace Groupus.Domain.Numbering;

/// <summary>released (back in our pool) → assigned (to an organisation) → active (carrying voice calls).</summary>
public enum NumberStatus
{
    Released = 0,
    Assigned = 1,
    Active = 2,
}
