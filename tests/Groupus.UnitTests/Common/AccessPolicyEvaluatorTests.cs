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

    [Fact]
    public void Customers_pass_only_with_an_organisation_role_and_never_reach_staff_operations()
    {
        var policy = new OrganisationMemberOrStaffAttribute(["owner", "admin"], "support");

        Assert.Null(AccessPolicyEvaluator.Check(policy, User.Customer("admin")));
        Assert.Equal(ErrorKind.Forbidden, AccessPolicyEvaluator.Check(policy, User.Customer("member"))?.Kind);
        Assert.Equal(ErrorKind.Forbidden, AccessPolicyEvaluator.Check(new AuthorizeRolesAttribute("admin"), User.Customer("admin"))?.Kind);
        Assert.Null(AccessPolicyEvaluator.Check(policy, User.Staff("support")));
    }

    [Fact]
    public void A_gateway_may_use_only_the_gateway_link()
    {
        Assert.Null(AccessPolicyEvaluator.Check(new GatewayOnlyAttribute(), User.Gateway()));
        Assert.Equal(ErrorKind.Forbidden, AccessPolicyEvaluator.Check(new SignedInAttribute(), User.Gateway())?.Kind);
        Assert.Equal(ErrorKind.Forbidden, AccessPolicyEvaluator.Check(new GatewayOnlyAttribute(), User.Staff("admin"))?.Kind);
    }

    private sealed record User(PrincipalKind Kind, Guid? PrincipalId, Guid? OrganisationId, IReadOnlyCollection<string> Roles, string? AuthenticationFailure)
        : ICurrentUser
    {
        public static User Staff(params string[] roles) => new(PrincipalKind.Staff, Guid.NewGuid(), null, roles, null);

        public static User Customer(params string[] roles) => new(PrincipalKind.Customer, Guid.NewGuid(), Guid.NewGuid(), roles, null);

        public static User Gateway() => new(PrincipalKind.Gateway, Guid.NewGuid(), null, [], null);

        public static User Anonymous(string? failure) => new(PrincipalKind.None, null, null, [], failure);

        public static User System() => new(PrincipalKind.System, null, null, [], null);
    }
}
