using Groupus.Domain.Common;

namespace Groupus.Domain.Accounts;

/// <summary>A person at a customer organisation who signs in to manage its services.</summary>
public sealed class CustomerUser : PasswordAccount
{
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
    public string Role { get; private set; } = OrganisationRole.Member;

    public DateTime CreatedAtUtc { get; private set; }

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
        DisplayName = displayName;
        WorkEmail = workEmail;
        WorkPhone = workPhone;
        Role = role;
        MarkChanged();
        Raise(new CustomerUserDetailsChanged(Id, OrganisationId, nowUtc));
    }
}
