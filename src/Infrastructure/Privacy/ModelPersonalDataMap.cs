using Groupus.Application.Privacy;
using Groupus.Infrastructure.Persistence;

namespace Groupus.Infrastructure.Privacy;

/// <summary>The data map read from every module's EF Core model, through the shared persistence kernel (no module's types are named).</summary>
internal sealed class ModelPersonalDataMap(IEnumerable<ModuleDbContext> contexts) : IPersonalDataMap
{
    public IReadOnlyList<PersonalDataField> PersonalFields() =>
        contexts
            .SelectMany(PersonalDataModel.Read)
            .Where(p => p.IsPersonal)
            .Select(p => new PersonalDataField(p.Module, p.Entity, p.Property, p.Table, p.Column, p.Categories))
            .OrderBy(f => f.Module, StringComparer.Ordinal)
            .ToList();
}
