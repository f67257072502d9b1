using Groupus.Application.Identity.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Contracts.Customers;
using Groupus.Domain.Identity;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Groupus.Application.Identity.CustomerUsers.CustomerLogin;

public sealed partial class CustomerLoginHandler(
    ICustomerUserRepository users,
    IOrganisationDirectory organisations,
    PasswordLogin passwordLogin,
    IAccessTokenIssuer tokens,
    CustomerSignInPrivacy privacy,
    ILogger<CustomerLoginHandler> logger)
    : ICommandHandler<CustomerLoginCommand, Result<CustomerLoginResult>>
{
    public async ValueTask<Result<CustomerLoginResult>> Handle(CustomerLoginCommand command, CancellationToken cancellationToken)
    {
        var organisationId = Guid.Parse(command.OrganisationId!);
        var username = PasswordAccount.NormaliseUsername(command.Username);
        var user = await privacy.UnlessErasedAsync(await users.FindByUsernameAsync(organisationId, username, cancellationToken), cancellationToken);
        var shut = user is not null && (await organisations.FindStandingAsync(organisationId, cancellationToken))?.AdmitsSignIn != true;
        var refusal = await passwordLogin.CheckAsync(
            "customer", $"{organisationId:N}/{username}", user, command.Password, command.NewPassword, cancellationToken, accessSuspended: shut)
            ?? await privacy.RestrictionOfAsync(user!, cancellationToken);
        if (refusal is not null)
        {
            LogRefused(logger, user?.Id, refusal.Code);
            return refusal;
        }

        return new CustomerLoginResult(tokens.IssueForCustomer(user!), user!.Username, user.OrganisationId, user.Role);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Customer login refused ({Reason}) for user {UserId}")]
    private static partial void LogRefused(ILogger logger, Guid? userId, string reason);
}
