namespace Groupus.Domain.Accounts;

/// <summary>A postal address. <see cref="CountryCode"/> is ISO 3166-1 alpha-2 (GB for the United Kingdom).</summary>
public sealed record PostalAddress(string Line1, string? Line2, string? Line3, string Town, string? County, string Postcode, string CountryCode);
