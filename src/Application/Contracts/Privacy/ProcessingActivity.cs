using Groupus.Domain.Common;

namespace Groupus.Contracts.Privacy;

/// <summary>One entry of the records of processing: what a module does with which personal data, why, on what basis, for how long and who else receives it.</summary>
public sealed record ProcessingActivity(
    string Module,
    string Name,
    ProcessingRole Role,
    IReadOnlyList<string> DataSubjects,
    IReadOnlyList<PersonalDataCategory> Categories,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<LegalBasis> LegalBases,
    Retention Retention,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<InternationalTransfer> Transfers);
