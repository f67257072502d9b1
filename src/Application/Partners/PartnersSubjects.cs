using Groupus.Contracts.Privacy;
using Groupus.Domain.Partners;

namespace Groupus.Application.Partners;

/// <summary>The identifiers under which the partners module enrols the people it holds data about.</summary>
public static class PartnersSubjects
{
    /// <summary>A reseller's or distributor's contact, by the e-mail and phone they gave the programme.</summary>
    public static IReadOnlyCollection<SubjectIdentifier> Of(Reseller reseller) =>
    [
        .. string.IsNullOrEmpty(reseller.Email) ? Array.Empty<SubjectIdentifier>() : [SubjectIdentifier.Email(reseller.Email)],
        .. string.IsNullOrEmpty(reseller.Phone) ? Array.Empty<SubjectIdentifier>() : [SubjectIdentifier.Phone(reseller.Phone)],
    ];
}
