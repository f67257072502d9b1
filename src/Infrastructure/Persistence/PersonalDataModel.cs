using System.Reflection;
using Groupus.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Reads the data map from a module's EF Core model: every persisted property whose type can hold personal data
/// (strings and byte arrays, owned types included) and how its declaration classifies it.
/// </summary>
public static class PersonalDataModel
{
    public static IReadOnlyList<PersistedDataProperty> Read(ModuleDbContext context) => Read(context.Model, context.Module);

    public static IReadOnlyList<PersistedDataProperty> Read(IModel model, string module) =>
        model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties().Where(p => CanHoldPersonalData(p) || IsDeclaredPersonal(p)).Select(property => Describe(module, entity, property)))
            .OrderBy(p => p.Entity, StringComparer.Ordinal)
            .ThenBy(p => p.Property, StringComparer.Ordinal)
            .ToList();

    /// <summary>Text or bytes in the class, or stored as text or bytes through a converter (a list, a document); enums are codes.</summary>
    private static bool CanHoldPersonalData(IProperty property)
    {
        var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (IsTextOrBytes(clrType))
        {
            return true;
        }

        return !clrType.IsEnum && IsTextOrBytes(property.GetProviderClrType() ?? clrType);
    }

    /// <summary>Any other type marked personal where it is declared, e.g. the id of fax content kept in the content store.</summary>
    private static bool IsDeclaredPersonal(IProperty property) =>
        Member(property)?.IsDefined(typeof(PersonalDataAttribute), inherit: true) == true;

    private static MemberInfo? Member(IProperty property) => (MemberInfo?)property.PropertyInfo ?? property.FieldInfo;

    private static bool IsTextOrBytes(Type type) => type == typeof(string) || type == typeof(byte[]);

    private static PersistedDataProperty Describe(string module, IEntityType entity, IProperty property)
    {
        // A shadow property has no declaration to carry an attribute, so it stays unclassified and the test names it.
        var member = Member(property);
        var personal = member?.GetCustomAttribute<PersonalDataAttribute>();
        var notPersonal = member?.GetCustomAttribute<NotPersonalDataAttribute>();
        var table = entity.GetTableName();
        var storeObject = table is null ? (StoreObjectIdentifier?)null : StoreObjectIdentifier.Table(table, entity.GetSchema());
        return new PersistedDataProperty(
            module,
            entity.DisplayName(),
            property.Name,
            table,
            storeObject is { } store ? property.GetColumnName(store) : null,
            personal?.Categories ?? [],
            notPersonal?.Reason);
    }
}
