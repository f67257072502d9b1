namespace Groupus.Contracts.Numbering;

/// <summary>Looks numbers up for other modules (fax routing of incoming calls). Sees every organisation's numbers.</summary>
public interface INumberDirectory
{
    /// <summary>The organisation a number (E.164, e.g. +442071234567) is assigned to, or null when it is not assigned.</summary>
    Task<NumberOwner?> FindOwnerAsync(string e164, CancellationToken cancellationToken);
}
