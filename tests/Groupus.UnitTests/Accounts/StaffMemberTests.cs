using Groupus.Domain.Identity;
using Groupus.Domain.Common;

namespace Groupus.UnitTests.Accounts;

public sealed class StaffMemberTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);
    private static readonly LockoutPolicy Policy = new(3, TimeSpan.FromMinutes(15));

    [Fact]
    public void The_failed_login_that_reaches_the_limit_locks_the_account_for_the_lockout_period()
    {
        var member = StaffMember.Create("Rita", "Rita", [StaffRole.Reception], "hash", Now);

        member.RecordFailedLogin(Now, Policy);
        member.RecordFailedLogin(Now, Policy);
        Assert.False(member.IsLockedOut(Now));
        member.RecordFailedLogin(Now, Policy);

        Assert.True(member.IsLockedOut(Now.AddMinutes(14)));
        Assert.False(member.IsLockedOut(Now.AddMinutes(15)));
    }

    [Fact]
    public void A_successful_login_clears_the_failure_count()
    {
        var member = StaffMember.Create("rita", "Rita", [StaffRole.Reception], "hash", Now);
        member.RecordFailedLogin(Now, Policy);
        member.RecordFailedLogin(Now, Policy);

        member.RecordSuccessfulLogin(Now);
        member.RecordFailedLogin(Now, Policy);

        Assert.False(member.IsLockedOut(Now));
    }

    [Fact]
    public void A_new_member_must_change_the_password_an_admin_set()
    {
        var member = StaffMember.Create("  Rita ", "Rita", [StaffRole.Reception], "hash", Now);

        Assert.Equal("rita", member.Username);
        Assert.True(member.PasswordChangeRequired);
        member.ChangePassword("new-hash");
        Assert.False(member.PasswordChangeRequired);
    }

    [Theory]
    [InlineData]
    [InlineData("janitor")]
    public void A_member_needs_at_least_one_known_role(params string[] roles)
    {
        var broken = Assert.Throws<BusinessRuleBrokenException>(() => StaffMember.Create("rita", "Rita", roles, "hash", Now));

        Assert.Equal("STAFF_ROLE_REQUIRED", broken.Rule.Code);
    }
}
