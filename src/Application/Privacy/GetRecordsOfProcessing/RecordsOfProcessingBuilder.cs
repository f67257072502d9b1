using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy.GetRecordsOfProcessing;

/// <summary>Merges the modules' registrations with the classified fields: category → fields, per activity.</summary>
public static class RecordsOfProcessingBuilder
{
    public static RecordsOfProcessing Build(DateTime generatedAtUtc, IEnumerable<IPersonalDataRegistration> registrations, IReadOnlyList<PersonalDataField> fields)
    {
        var activities = registrations
            .OrderBy(r => r.Module, StringComparer.Ordinal)
            .SelectMany(r => r.Activities)
            .ToList();

        var records = activities
            .Select(activity => new ProcessingRecord(
                activity,
                activity.Categories
                    .Select(category => new CategoryFields(
                        category,
                        fields.Where(f => f.Module == activity.Module && f.Categories.Contains(category))
                            .Select(f => f.Location)
                            .Distinct(StringComparer.Ordinal)
                            .Order(StringComparer.Ordinal)
                            .ToList()))
                    .ToList()))
            .ToList();

        var declared = activities
            .SelectMany(a => a.Categories.Select(c => (a.Module, Category: c)))
            .ToHashSet();
        var withoutActivity = fields
            .Select(f => f with { Categories = f.Categories.Where(c => !declared.Contains((f.Module, c))).ToList() })
            .Where(f => f.Categories.Count > 0)
            .ToList();

        return new RecordsOfProcessing(generatedAtUtc, records, withoutActivity);
    }
}
