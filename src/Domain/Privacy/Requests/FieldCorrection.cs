using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>One correction a rectification request asks for: the field, as the modules' exports name it, and its right value.</summary>
public sealed record FieldCorrection(
    [property: NotPersonalData("a field name as the modules' exports name it")] string Field,
    [property: PersonalData(PersonalDataCategory.Identification, PersonalDataCategory.Contact, PersonalDataCategory.Professional)] string Value);
