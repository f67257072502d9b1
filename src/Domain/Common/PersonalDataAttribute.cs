namespace Groupus.Domain.Common;

/// <summary>
/// Marks a property (or the field behind it) that can hold personal data, with the notice's categories. The data
/// map and the records of processing are read from these; a test fails when a persisted text or binary property
/// carries neither this nor <see cref="NotPersonalDataAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
public sealed class PersonalDataAttribute(PersonalDataCategory category, params PersonalDataCategory[] moreCategories) : Attribute
{
    public IReadOnlyList<PersonalDataCategory> Categories { get; } = [category, .. moreCategories];
}
