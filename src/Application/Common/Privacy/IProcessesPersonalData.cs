using Groupus.Contracts.Privacy;

namespace Groupus.Application.Common.Privacy;

/// <summary>
/// A command or query that processes the personal data of the people it names, for one purpose. The privacy
/// restriction behaviour refuses it when any of them has restricted, or objected to, processing for that purpose.
/// </summary>
public interface IProcessesPersonalData
{
    ProcessingPurpose Purpose { get; }

    /// <summary>The people whose data it processes. Personal data: never log them.</summary>
    IReadOnlyCollection<SubjectIdentifier> DataSubjects { get; }
}
