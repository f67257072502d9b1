using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.UnlockCustomerUser;

public sealed class UnlockCustomerUserHandler(CustomerUserAccess access, TimeProvider clock) : ICommandHandler<UnlockCustomerUserCommand, Result<CustomerUserDto>>
{
    public async ValueTask<Result<CustomerUserDto>> Handle(UnlockCustomerUserCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.UserId, cancellationToken);
        if (found.Error is { } notFound)
        {
            return notFound;
        }

        found.Value.Unlock();
        return CustomerUserDto.From(found.Value, clock.GetUtcNow().UtcDateTime);
    }
}
