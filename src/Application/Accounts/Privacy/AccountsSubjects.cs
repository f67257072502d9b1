using Groupus.Contracts.Privacy;
using Groupus.Domain.Accounts;

namespace Groupus.Application.Accounts.Privacy;

/// <summary>The identifiers under which the accounts module enrols the people it holds data about.</summary>
public static class AccountsSubjects
{
    public static IReadOnlyCollection<SubjectIdentifier> Of(CustomerUser user) =>
    [
        SubjectIdentifier.CustomerUser(user.Id),
        .. string.IsNullOrEmpty(user.WorkEmail) ? Array.Empty<SubjectIdentifier>() : [SubjectIdentifier.Email(user.WorkEmail)],
        .. user.WorkPhone is { } phone ? [SubjectIdentifier.Phone(phone)] : Array.Empty<SubjectIdentifier>(),
    ];
}
