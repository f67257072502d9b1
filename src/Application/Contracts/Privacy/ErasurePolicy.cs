using Groupus.Domain.Common;

namespace Groupus.Contracts.Privacy;

/// <summary>
/// The erasure rule for one kind of record in one category: delete, anonymise, or keep because the law requires it
/// (then <see cref="LegalObligation"/> says which and <see cref="KeepFor"/> for how long).
/// </summary>
public sealed record ErasurePolicy(
    string RecordType,
    PersonalDataCategory Category,
    ErasureAction Action,
    string? LegalObligation = null,
    TimeSpan? KeepFor = null);
