using Groupus.Application.Common.Results;
using Groupus.Domain.Identity;
using Mediator;

namespace Groupus.Application.Identity.UnlockStaffMember;

public sealed class UnlockStaffMemberHandler(IStaffRepository staff, TimeProvider clock) : ICommandHandler<UnlockStaffMemberCommand, Result<StaffMemberDto>>
{
    public async ValueTask<Result<StaffMemberDto>> Handle(UnlockStaffMemberCommand command, CancellationToken cancellationToken)
    {
        var member = await staff.FindByUsernameAsync(StaffMember.NormaliseUsername(command.Username), cancellationToken);
        if (member is null)
        {
            return Error.NotFound("The staff member");
        }

        member.Unlock();
        return StaffMemberDto.From(member, clock.GetUtcNow().UtcDateTime);
    }
}
