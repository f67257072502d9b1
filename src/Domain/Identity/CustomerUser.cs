using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

/// <summary>A person at a customer organisation who signs in to manage its services.</summary>
public sealed class CustomerUser : PasswordAccount, IHasDataSubject
{
    public const string ErasedDisplayName = "Erased user";

    private CustomerUser()
    {
    }

    public Guid OrganisationId { get; private set; }

    [PersonalData(PersonalDataCategory.Identification)]
    public string DisplayName { get; private set; } = "";

    [PersonalData(PersonalDataCategory.Contact)]
    public string WorkEmail { get; private set; } = "";

    /// <summary>E.164.</summary>
    [PersonalData(PersonalDataCategory.Contact)]
    public string? WorkPhone { get; private set; }

    [PersonalData(PersonalDataCategory.Professional)]
    [StoredInClear("one of a few fixed role names, checked for authorisation")]
    public string Role { get; private set; } = OrganisationRole.Member;

    public DateTime CreatedAtUtc { get; private set; }

    public Guid DataSubjectId { get; private set; }

    /// <summary>When the person's data was erased; the account stays, anonymised, for the organisation's audit.</summary>
    public DateTime? ErasedAtUtc { get; private set; }

    /// <summary>Links the account to the person in the privacy register (on registration, or when an older row is backfilled).</summary>
    public void LinkDataSubject(Guid dataSubjectId) => DataSubjectId = dataSubjectId;

    /// <summary>The sign-in name an erased account keeps: its own id, so it stays unique and names no one.</summary>
    public static string ErasedUsername(Guid id) => $"erased-{id:N}";

    /// <summary>Anonymises the account (its sign-in name too) and stops it signing in. Erasing twice changes nothing.</summary>
    public bool Erase(string unusablePasswordHash, DateTime nowUtc)
    {
        if (ErasedAtUtc is not null)
        {
            return false;
        }

        Username = ErasedUsername(Id);
        DisplayName = ErasedDisplayName;
        WorkEmail = "";
        WorkPhone = null;
        ErasedAtUtc = nowUtc;
        DisableSignIn(unusablePasswordHash);
        return true;
    }

    public static CustomerUser Register(
        Guid organisationId, string username, string displayName, string workEmail, string? workPhone, string role, string passwordHash, DateTime nowUtc)
    {
        var user = new CustomerUser
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisationId,
            Username = NormaliseUsername(username),
            DisplayName = displayName,
            WorkEmail = workEmail,
            WorkPhone = workPhone,
            Role = role,
            CreatedAtUtc = nowUtc,
        };
        user.InitialisePassword(passwordHash, changeRequired: true);
        user.Raise(new CustomerUserRegistered(user.Id, organisationId, nowUtc));
        return user;
    }

    public void UpdateDetails(string displayName, string workEmail, string? workPhone, string role, DateTime nowUtc)
    {
        if (role != Role)
        {
            // A token names the role it was issued for: it must not outlive a demotion.
            EndSessions();
        }

        DisplayName = displayName;
        WorkEmail = workEmail;
        WorkPhone = workPhone;
        Role = role;
        MarkChanged();
        Raise(new CustomerUserDetailsChanged(Id, OrganisationId, nowUtc));
    }
}
