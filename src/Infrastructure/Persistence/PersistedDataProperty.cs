using Groupus.Domain.Common;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// A persisted property that can hold personal data (text or bytes), as the model maps it, with its classification:
/// the categories of <see cref="PersonalDataAttribute"/>, or the reason of <see cref="NotPersonalDataAttribute"/>, or neither.
/// </summary>
public sealed record PersistedDataProperty(
    string Module,
    string Entity,
    string Property,
    string? Table,
    string? Column,
    IReadOnlyList<PersonalDataCategory> Categories,
    string? NotPersonalReason)
{
    public bool IsPersonal => Categories.Count > 0;

    public bool IsUnclassified => Categories.Count == 0 && NotPersonalReason is null;

    public override string ToString() => $"{Module}: {Entity}.{Property}";
}
