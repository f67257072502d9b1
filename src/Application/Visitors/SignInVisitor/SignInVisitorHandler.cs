using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Visitors;
using Mediator;

namespace Groupus.Application.Visitors.SignInVisitor;

public sealed class SignInVisitorHandler(IVisitRepository visits, VisitHostLookup hosts, IDataSubjectRegistry subjects, TimeProvider clock)
    : ICommandHandler<SignInVisitorCommand, Result<VisitDto>>
{
    public async ValueTask<Result<VisitDto>> Handle(SignInVisitorCommand command, CancellationToken cancellationToken)
    {
        var badge = command.BadgeNumber.Trim().ToUpperInvariant();
        if (await visits.IsBadgeWornAsync(badge, cancellationToken))
        {
            return Error.AlreadyExists("BADGE_IN_USE", $"Badge {badge} is already worn by a visitor on site.", nameof(command.BadgeNumber));
        }

        VisitHost? host = null;
        if (!string.IsNullOrWhiteSpace(command.HostUsername))
        {
            var found = await hosts.FindAsync(command.HostUsername, cancellationToken);
            if (found.Error is { } unknownHost)
            {
                return unknownHost;
            }

            host = found.Value;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var purpose = command.Purpose?.Trim();
        if (command.IsWalkIn)
        {
            var walkIn = Visit.SignInWalkIn(command.VisitorName!.Trim(), command.Company?.Trim(), purpose!, host!, badge, now);
            walkIn.LinkDataSubject(await subjects.EnrolAsync([SubjectIdentifier.NameAndCompany(walkIn.VisitorName, walkIn.Company)], cancellationToken));
            visits.Add(walkIn);
            return VisitDto.From(walkIn);
        }

        var visit = await visits.GetAsync(Guid.Parse(command.VisitId!), cancellationToken);
        if (visit is null)
        {
            return Error.NotFound("The visit");
        }

        if (host is not null)
        {
            visit.ChangeHost(host);
        }

        visit.SignIn(purpose, badge, now);
        return VisitDto.From(visit);
    }
}
