namespace Groupus.Application.Accounts;

public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    public int MaxFailedLogins { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan PasswordResetTokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
