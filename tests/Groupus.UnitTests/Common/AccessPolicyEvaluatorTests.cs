using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;

namespace Groupus.UnitTests.Common;

public sealed class AccessPolicyEvaluatorTests
{
    [Fact]
    public void Nobody_may_call_a_message_without_a_policy() =>
        Assert.Equal(ErrorKind.Forbidden, AccessPolicyEvaluator.Check(null, User.Staff("admin"))?.Kind);

    [Fact]
    public void Anonymous_callers_are_asked_to_sign_in_and_told_why_their_token_failed()
    {
        var error = AccessPolicyEvaluator.Check(new AuthorizeRolesAttribute("reception"), User.Anonymous("Your access token has expired"));

        Assert.Equal(ErrorKind.Unauthenticated, error?.Kind);
        Assert.Contains("expired", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_without_the_role_is_forbidden_and_one_with_it_passes()
    {
        var policy = new AuthorizeRolesAttribute("reception", "admin");

        Assert.Equal(ErrorKind.Forbidden, AccessPolicyEvaluator.Check(policy, User.Staff("billing"))?.Kind);
        Assert.Null(AccessPolicyEvaluator.Check(policy, User.Staff("billing", "admin")));
    }

    [Fact]
    public void System_only_work_is_refused_to_staff_and_allowed_to_the_system()
    {
        Assert.Equal(ErrorKind.Forbidden, AccessPolicyEvaluator.Check(new SystemOnlyAttribute(), User.Staff("admin"))?.Kind);
        Assert.Null(AccessPolicyEvaluator.Check(new SystemOnlyAttribute(), User.System()));
    }

    private sealed record User(bool IsAuthenticated, bool IsSystem, Guid? StaffId, IReadOnlyCollection<string> Roles, string? AuthenticationFailure)
        : ICurrentUser
    {
        public static User Staff(params string[] roles) => new(true, false, Guid.NewGuid(), roles, null);

        public static User Anonymous(string? failure) => new(false, false, null, [], failure);

        public static User System() => new(true, true, null, [], null);
    }
}
