namespace Groupus.Domain.Privacy.Restrictions;

/// <summary>
/// A purpose a restriction or objection can stop. Storage and legal claims are deliberately absent: a restricted
/// person's data may always be kept and used to establish, exercise or defend legal claims. The numbers are those of
/// the privacy contract's processing purposes.
/// </summary>
public enum RestrictedPurpose
{
    ServiceDelivery = 1,
    Marketing = 2,
    LegitimateInterests = 3,
}
