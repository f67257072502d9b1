namespace Groupus.Contracts.Privacy;

/// <summary>
/// A module's hands on its own personal data, for data-subject requests. The privacy module calls every provider and
/// never reaches into a module's tables. Every method must be idempotent: a request interrupted at any point runs
/// again from the start of the step it was in.
/// </summary>
public interface IPersonalDataProvider
{
    /// <summary>The module's table prefix, e.g. visitors.</summary>
    string Module { get; }

    /// <summary>What the module does with each kind of record when its subject asks for erasure.</summary>
    IReadOnlyList<ErasurePolicy> ErasurePolicies { get; }

    /// <summary>What the module holds about the person, for the privacy officer to review before a request runs.</summary>
    Task<IReadOnlyList<PersonalDataHolding>> FindAsync(SubjectLookup subject, CancellationToken cancellationToken);

    /// <summary>Everything the module holds about the person that we control, as fields and as content files.</summary>
    Task<ModuleExport> ExportAsync(SubjectLookup subject, CancellationToken cancellationToken);

    /// <summary>Corrects the named fields (field names as <see cref="ExportedRecord.Fields"/> uses them) on every record we control.</summary>
    Task<RectificationOutcome> RectifyAsync(SubjectLookup subject, IReadOnlyDictionary<string, string> corrections, CancellationToken cancellationToken);

    /// <summary>Applies the erasure policies to the person's records we control; what remains afterwards holds no personal data of theirs except what a policy keeps.</summary>
    Task<IReadOnlyList<ErasureOutcome>> EraseAsync(SubjectLookup subject, ErasureInstruction instruction, CancellationToken cancellationToken);
}
