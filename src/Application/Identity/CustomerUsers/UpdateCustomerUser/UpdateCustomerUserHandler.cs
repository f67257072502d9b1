using Groupus.Application.Identity.Privacy;
using Groupus.Application.Common.Contact;
using Groupus.Contracts.Privacy;
using Groupus.Application.Common.Results;
using Groupus.Domain.Identity;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.UpdateCustomerUser;

public sealed class UpdateCustomerUserHandler(
    CustomerUserAccess access, ICustomerUserRepository users, IPhoneNumbers phones, IDataSubjectRegistry subjects, TimeProvider clock)
    : ICommandHandler<UpdateCustomerUserCommand, Result<CustomerUserDto>>
{
    public async ValueTask<Result<CustomerUserDto>> Handle(UpdateCustomerUserCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.UserId, cancellationToken);
        if (found.Error is { } notFound)
        {
            return notFound;
        }

        var user = found.Value;
        if (command.ExpectedVersion is { } expected && expected != user.Version)
        {
            return Error.Concurrency();
        }

        if (access.CheckMayAssign(command.Role, user) is { } forbidden)
        {
            return forbidden;
        }

        if (user.Role == OrganisationRole.Owner && command.Role != OrganisationRole.Owner
            && new OrganisationMustKeepAnOwnerRule(user.Role, command.Role, await users.CountOwnersAsync(user.OrganisationId, cancellationToken)) is
                { } lastOwner && lastOwner.IsBroken())
        {
            return Error.BusinessRule(lastOwner.Code, lastOwner.Message, nameof(command.Role));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        user.UpdateDetails(
            command.DisplayName.Trim(),
            ContactRules.NormaliseEmail(command.WorkEmail),
            command.WorkPhone is null ? null : phones.Normalise(command.WorkPhone).E164,
            command.Role,
            now);

        // New contact details are linked in the register to the person the account already names.
        var enrolled = await subjects.EnrolAsync(IdentitySubjects.Of(user), cancellationToken);
        if (user.DataSubjectId == Guid.Empty)
        {
            user.LinkDataSubject(enrolled);
        }

        return CustomerUserDto.From(user, now);
    }
}
