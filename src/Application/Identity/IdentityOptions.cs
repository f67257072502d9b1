namespace Groupus.Application.Identity;

/// <summary>Sign-in limits. The configuration section keeps its name (Accounts:MaxFailedLogins, …): operators' settings stay valid.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Accounts";

    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan PasswordResetTokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
