using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Prospects;

/// <summary>
/// The person who enquired and their organisation, as the privacy notice lists it: full name, company, work e-mail,
/// work phone (E.164), country (ISO 3166-1 alpha-2); about the employer: industry, revenue, employees, purchasing timeframe.
/// </summary>
public sealed record ProspectContact(
    [property: PersonalData(PersonalDataCategory.Professional)] string Company,
    [property: PersonalData(PersonalDataCategory.Identification)] string ContactName,
    [property: PersonalData(PersonalDataCategory.Contact)] string WorkEmail,
    [property: PersonalData(PersonalDataCategory.Contact)] string? WorkPhone,
    [property: PersonalData(PersonalDataCategory.Contact)] [property: StoredInClear("one of about 250 ISO country codes")] string CountryCode,
    [property: PersonalData(PersonalDataCategory.Professional)] string? Industry,
    [property: PersonalData(PersonalDataCategory.Professional)] RevenueBand? RevenueBand,
    [property: PersonalData(PersonalDataCategory.Professional)] int? EmployeeCount,
    [property: PersonalData(PersonalDataCategory.Professional)] PurchasingTimeframe? PurchasingTimeframe);
