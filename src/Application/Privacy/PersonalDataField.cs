using Groupus.Domain.Common;

namespace Groupus.Application.Privacy;

/// <summary>A persisted field classified as personal where it is declared: which module, entity and column, and which categories.</summary>
public sealed record PersonalDataField(string Module, string Entity, string Property, string? Table, string? Column, IReadOnlyList<PersonalDataCategory> Categories)
{
    /// <summary>table.column when mapped to a table, else Entity.Property.</summary>
    public string Location => Table is not null && Column is not null ? $"{Table}.{Column}" : $"{Entity}.{Property}";
}
