namespace Groupus.Contracts.Privacy;

/// <summary>
/// A keyed hash of an identifier, for a module that must find or keep unique a value it stores encrypted (a marketing
/// address): equal for the same identifier written two ways, useless to anyone without the vault's key.
/// </summary>
public interface IBlindIndex
{
    /// <summary>Lower-case hex of HMAC-SHA256 over the identifier's kind and normalised value (64 characters).</summary>
    string Of(SubjectIdentifier identifier);
}
