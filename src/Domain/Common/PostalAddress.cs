
namespace Groupus.Domain.Common;

/// <summary>A postal address. <see cref="CountryCode"/> is ISO 3166-1 alpha-2 (GB for the United Kingdom).</summary>
public sealed record PostalAddress(
    [property: PersonalData(PersonalDataCategory.Contact)] string Line1,
    [property: PersonalData(PersonalDataCategory.Contact)] string? Line2,
    [property: PersonalData(PersonalDataCategory.Contact)] string? Line3,
    [property: PersonalData(PersonalDataCategory.Contact)] string Town,
    [property: PersonalData(PersonalDataCategory.Contact)] string? County,
    [property: PersonalData(PersonalDataCategory.Contact)] string Postcode,
    [property: PersonalData(PersonalDataCategory.Contact)] string CountryCode);
