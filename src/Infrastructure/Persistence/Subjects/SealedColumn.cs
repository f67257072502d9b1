using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>A property stored sealed under its subject's key, with the "table.column" bound into its ciphertext.</summary>
internal sealed record SealedColumn(IProperty Property, string Column)
{
    /// <summary>Where a materialised instance holds the value (the backing field when there is one, as EF Core writes it).</summary>
    public string? Read(object entity) => Property.FieldInfo is { } field ? (string?)field.GetValue(entity) : (string?)Property.PropertyInfo!.GetValue(entity);

    public void Write(object entity, string value)
    {
        if (Property.FieldInfo is FieldInfo field)
        {
            field.SetValue(entity, value);
        }
        else
        {
            Property.PropertyInfo!.SetValue(entity, value);
        }
    }
}
