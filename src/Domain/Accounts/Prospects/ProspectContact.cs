namespace Groupus.Domain.Accounts.Prospects;

/// <summary>
/// The person who enquired and their organisation, as the privacy notice lists it: full name, company, work e-mail,
/// work phone (E.164), country (ISO 3166-1 alpha-2); about the employer: industry, revenue, employees, purchasing timeframe.
/// </summary>
public sealed record ProspectContact(
    string Company,
    string ContactName,
    string WorkEmail,
    string? WorkPhone,
    string CountryCode,
    string? Industry,
    RevenueBand? RevenueBand,
    int? EmployeeCount,
    PurchasingTimeframe? PurchasingTimeframe);
