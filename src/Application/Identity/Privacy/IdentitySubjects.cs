using Groupus.Contracts.Privacy;
using Groupus.Domain.Identity;

namespace Groupus.Application.Identity.Privacy;

/// <summary>The identifiers under which the identity module enrols the people it holds data about.</summary>
public static class IdentitySubjects
{
    public static IReadOnlyCollection<SubjectIdentifier> Of(CustomerUser user) =>
    [
        SubjectIdentifier.CustomerUser(user.Id),
        .. string.IsNullOrEmpty(user.WorkEmail) ? Array.Empty<SubjectIdentifier>() : [SubjectIdentifier.Email(user.WorkEmail)],
        .. user.WorkPhone is { } phone ? [SubjectIdentifier.Phone(phone)] : Array.Empty<SubjectIdentifier>(),
    ];
}
