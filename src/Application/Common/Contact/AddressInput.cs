namespace Groupus.Application.Common.Contact;

/// <summary>An address as typed; validated by <see cref="AddressValidator"/> before it becomes a PostalAddress.</summary>
public sealed record AddressInput(string? Line1, string? Line2, string? Line3, string? Town, string? County, string? Postcode, string? CountryCode)
{
    public Domain.Common.PostalAddress ToPostalAddress() => new(
        Line1!.Trim(), Line2?.Trim(), Line3?.Trim(), Town!.Trim(), County?.Trim(), PostcodeFormat.Normalise(Postcode!, CountryCode!), CountryCode!.Trim().ToUpperInvariant());
}
