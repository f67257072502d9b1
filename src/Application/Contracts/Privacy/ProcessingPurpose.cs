namespace Groupus.Contracts.Privacy;

/// <summary>
/// Why a command processes a person's data. A restricted subject's data may still be stored and used for legal
/// claims; an objection stops marketing and processing on legitimate interests.
/// </summary>
public enum ProcessingPurpose
{
    ServiceDelivery = 1,
    Marketing = 2,
    LegitimateInterests = 3,
    Storage = 4,
    LegalClaims = 5,
}
