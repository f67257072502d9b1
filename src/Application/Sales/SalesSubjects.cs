using Groupus.Contracts.Privacy;
using Groupus.Domain.Sales.Prospects;

namespace Groupus.Application.Sales;

/// <summary>The identifiers under which the sales module enrols the people it holds data about.</summary>
public static class SalesSubjects
{
    public static IReadOnlyCollection<SubjectIdentifier> Of(ProspectContact contact) =>
    [
        SubjectIdentifier.Email(contact.WorkEmail),
        .. contact.WorkPhone is { } phone ? [SubjectIdentifier.Phone(phone)] : Array.Empty<SubjectIdentifier>(),
        SubjectIdentifier.NameAndCompany(contact.ContactName, contact.Company),
    ];
}
