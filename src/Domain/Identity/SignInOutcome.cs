namespace Groupus.Domain.Identity;

public enum SignInOutcome
{
    Succeeded = 1,
    WrongPassword = 2,
    /// <summary>This failure locked the account.</summary>
    WrongPasswordAccountLocked = 3,
    RefusedWhileLocked = 4,
    PasswordChangeRequired = 5,
    UnknownAccount = 6,
    /// <summary>The password was right but the organisation is suspended or closed.</summary>
    OrganisationNotActive = 7,
}
