namespace Groupus.Contracts.Privacy;

/// <summary>
/// A module's declaration of what personal data it processes and why, in the notice's words. The privacy module
/// merges every registration with the fields classified in the code into the records of processing.
/// </summary>
public interface IPersonalDataRegistration
{
    /// <summary>The module's table prefix, e.g. visitors.</summary>
    string Module { get; }

    IReadOnlyList<ProcessingActivity> Activities { get; }
}
