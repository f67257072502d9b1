using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Identity.ListStaff;

public sealed class ListStaffHandler(IStaffRepository staff, TimeProvider clock) : IQueryHandler<ListStaffQuery, Result<IReadOnlyList<StaffMemberDto>>>
{
    public async ValueTask<Result<IReadOnlyList<StaffMemberDto>>> Handle(ListStaffQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var members = await staff.ListAsync(cancellationToken);
        return members.Select(m => StaffMemberDto.From(m, now)).ToList();
    }
}
