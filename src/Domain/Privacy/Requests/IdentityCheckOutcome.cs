namespace Groupus.Domain.Privacy.Requests;

/// <summary>What a code the subject gave us proved.</summary>
public enum IdentityCheckOutcome
{
    Verified = 1,
    WrongCode = 2,
    Expired = 3,
    NoAttemptsLeft = 4,
}
