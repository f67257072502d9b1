namespace Groupus.Contracts.Privacy;

/// <summary>The lawful bases the notice names: legitimate interests, contractual necessity, consent, a legal obligation, vital interests.</summary>
public enum LegalBasis
{
    Consent,
    Contract,
    LegitimateInterest,
    LegalObligation,
    VitalInterest,
}
