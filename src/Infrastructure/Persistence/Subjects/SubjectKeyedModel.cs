using System.Collections.Concurrent;
using System.Reflection;
using Groupus.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>
/// Which columns are sealed under a subject's key: the text properties marked personal, not <see cref="StoredInClearAttribute"/>,
/// of an entity that is a <see cref="IHasDataSubject"/> or is owned by one (a prospect's contact, its follow-ups).
/// </summary>
internal static class SubjectKeyedModel
{
    private static readonly ConcurrentDictionary<IEntityType, IReadOnlyList<SealedColumn>> Cache = new();

    public static IReadOnlyList<SealedColumn> SealedColumnsOf(IEntityType entityType) =>
        Cache.GetOrAdd(entityType, type => [.. SealedPropertiesOf(type).Select(p => new SealedColumn((IProperty)p, ColumnOf(type, p)))]);

    public static IEnumerable<IReadOnlyProperty> SealedPropertiesOf(IReadOnlyEntityType entityType) =>
        IsSubjectKeyed(entityType) ? entityType.GetProperties().Where(IsSealed) : [];

    public static bool IsSubjectKeyed(IReadOnlyEntityType entityType) =>
        typeof(IHasDataSubject).IsAssignableFrom(entityType.ClrType)
        || (entityType.FindOwnership() is { } ownership && IsSubjectKeyed(ownership.PrincipalEntityType));

    private static bool IsSealed(IReadOnlyProperty property)
    {
        var member = (MemberInfo?)property.PropertyInfo ?? property.FieldInfo;
        return property.ClrType == typeof(string)
            && member is not null
            && member.IsDefined(typeof(PersonalDataAttribute), inherit: true)
            && !member.IsDefined(typeof(StoredInClearAttribute), inherit: true);
    }

    private static string ColumnOf(IEntityType entityType, IReadOnlyProperty property)
    {
        var table = entityType.GetTableName() ?? entityType.ClrType.Name;
        var column = property.GetColumnName(StoreObjectIdentifier.Table(table, entityType.GetSchema())) ?? property.Name;
        return table + "." + column;
    }
}
