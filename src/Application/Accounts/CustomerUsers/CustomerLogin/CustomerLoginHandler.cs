using Groupus.Application.Accounts.Passwords;
using Groupus.Application.Common.Results;
using Groupus.Domain.Accounts;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Groupus.Application.Accounts.CustomerUsers.CustomerLogin;

public sealed partial class CustomerLoginHandler(
    ICustomerUserRepository users,
    PasswordLogin passwordLogin,
    IAccessTokenIssuer tokens,
    CustomerSignInPrivacy privacy,
    ILogger<CustomerLoginHandler> logger)
    : ICommandHandler<CustomerLoginCommand, Result<CustomerLoginResult>>
{
    public async ValueTask<Result<CustomerLoginResult>> Handle(CustomerLoginCommand command, CancellationToken cancellationToken)
    {
        var user = await privacy.UnlessErasedAsync(await users.FindByUsernameAsync(PasswordAccount.NormaliseUsername(command.Username), cancellationToken), cancellationToken);
        var refusal = await passwordLogin.CheckAsync("customer", user, command.Password, command.NewPassword, cancellationToken)
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
