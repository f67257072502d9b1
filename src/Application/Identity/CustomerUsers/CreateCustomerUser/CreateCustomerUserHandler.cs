using Groupus.Application.Identity.Privacy;
using Groupus.Application.Common.Contact;
using Groupus.Contracts.Customers;
using Groupus.Contracts.Privacy;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Identity;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.CreateCustomerUser;

public sealed class CreateCustomerUserHandler(
    ICustomerUserRepository users,
    IOrganisationDirectory organisations,
    OrganisationScope scope,
    CustomerUserAccess access,
    IPasswordHasher hasher,
    IPhoneNumbers phones,
    IDataSubjectRegistry subjects,
    TimeProvider clock) : ICommandHandler<CreateCustomerUserCommand, Result<CustomerUserDto>>
{
    public async ValueTask<Result<CustomerUserDto>> Handle(CreateCustomerUserCommand command, CancellationToken cancellationToken)
    {
        var organisationId = scope.Resolve(command.OrganisationId);
        if (organisationId.Error is { } refused)
        {
            return refused;
        }

        if (await organisations.FindStandingAsync(organisationId.Value, cancellationToken) is null)
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        if (access.CheckMayAssign(command.Role) is { } forbidden)
        {
            return forbidden;
        }

        var username = PasswordAccount.NormaliseUsername(command.Username);
        if (await users.UsernameExistsAsync(organisationId.Value, username, cancellationToken))
        {
            return Error.AlreadyExists("USERNAME_TAKEN", $"This organisation already has a user named {username}.", nameof(command.Username));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = CustomerUser.Register(
            organisationId.Value,
            username,
            command.DisplayName.Trim(),
            ContactRules.NormaliseEmail(command.WorkEmail),
            command.WorkPhone is null ? null : phones.Normalise(command.WorkPhone).E164,
            command.Role,
            hasher.Hash(command.InitialPassword),
            now);
        user.LinkDataSubject(await subjects.EnrolAsync(IdentitySubjects.Of(user), cancellationToken));
        users.Add(user);
        return CustomerUserDto.From(user, now);
    }
}
