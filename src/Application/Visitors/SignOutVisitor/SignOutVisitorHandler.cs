using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Visitors.SignOutVisitor;

public sealed class SignOutVisitorHandler(IVisitRepository visits, TimeProvider clock) : ICommandHandler<SignOutVisitorCommand, Result<VisitDto>>
{
    public async ValueTask<Result<VisitDto>> Handle(SignOutVisitorCommand command, CancellationToken cancellationToken)
    {
        var visit = command.VisitId is not null
            ? await visits.GetAsync(Guid.Parse(command.VisitId), cancellationToken)
            : await visits.FindOnSiteByBadgeAsync(command.BadgeNumber!.Trim().ToUpperInvariant(), cancellationToken);
        if (visit is null)
        {
            return command.VisitId is not null
                ? Error.NotFound("The visit")
                : Error.NotFound($"A visitor on site wearing badge {command.BadgeNumber}");
        }

        visit.SignOut(clock.GetUtcNow().UtcDateTime);
        return VisitDto.From(visit);
    }
}
