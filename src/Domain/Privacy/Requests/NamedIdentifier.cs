using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>An identifier the request named the subject by (kind as the contract spells it, value normalised). Personal data.</summary>
public sealed record NamedIdentifier(
    [property: NotPersonalData("an identifier kind: Email, Phone, CustomerUserId, NameAndCompany")] string Kind,
    [property: PersonalData(PersonalDataCategory.Identification, PersonalDataCategory.Contact)] string Value);
