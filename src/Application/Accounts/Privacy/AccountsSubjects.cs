using Groupus.Contracts.Privacy;
using Groupus.Domain.Accounts;
using Groupus.Domain.Accounts.Prospects;
using Groupus.Domain.Accounts.Resellers;

namespace Groupus.Application.Accounts.Privacy;

/// <summary>The identifiers under which the accounts module enrols the people it holds data about.</summary>
public static class AccountsSubjects
{
    public static IReadOnlyCollection<SubjectIdentifier> Of(ProspectContact contact) =>
    [
        SubjectIdentifier.Email(contact.WorkEmail),
        .. contact.WorkPhone is { } phone ? [SubjectIdentifier.Phone(phone)] : Array.Empty<SubjectIdentifier>(),
        SubjectIdentifier.NameAndCompany(contact.ContactName, contact.Company),
    ];

    public static IReadOnlyCollection<SubjectIdentifier> Of(CustomerUser user) =>
    [
        SubjectIdentifier.CustomerUser(user.Id),
        .. string.IsNullOrEmpty(user.WorkEmail) ? Array.Empty<SubjectIdentifier>() : [SubjectIdentifier.Email(user.WorkEmail)],
        .. user.WorkPhone is { } phone ? [SubjectIdentifier.Phone(phone)] : Array.Empty<SubjectIdentifier>(),
    ];

    /// <summary>A reseller's or distributor's contact, by the e-mail and phone they gave the programme.</summary>
    public static IReadOnlyCollection<SubjectIdentifier> Of(Reseller reseller) =>
    [
        .. string.IsNullOrEmpty(reseller.Email) ? Array.Empty<SubjectIdentifier>() : [SubjectIdentifier.Email(reseller.Email)],
        .. string.IsNullOrEmpty(reseller.Phone) ? Array.Empty<SubjectIdentifier>() : [SubjectIdentifier.Phone(reseller.Phone)],
    ];
}
