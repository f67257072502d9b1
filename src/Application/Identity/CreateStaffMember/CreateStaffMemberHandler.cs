using Groupus.Application.Common.Results;
using Groupus.Domain.Identity;
using Mediator;

namespace Groupus.Application.Identity.CreateStaffMember;

public sealed class CreateStaffMemberHandler(IStaffRepository staff, IPasswordHasher hasher, TimeProvider clock)
    : ICommandHandler<CreateStaffMemberCommand, Result<StaffMemberDto>>
{
    public async ValueTask<Result<StaffMemberDto>> Handle(CreateStaffMemberCommand command, CancellationToken cancellationToken)
    {
        var username = StaffMember.NormaliseUsername(command.Username);
        if (await staff.FindByUsernameAsync(username, cancellationToken) is not null)
        {
            return Error.AlreadyExists("USERNAME_TAKEN", $"The username {username} is already taken.", nameof(command.Username));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var member = StaffMember.Create(username, command.DisplayName, command.Roles, hasher.Hash(command.InitialPassword), now);
        staff.Add(member);
        return StaffMemberDto.From(member, now);
    }
}
