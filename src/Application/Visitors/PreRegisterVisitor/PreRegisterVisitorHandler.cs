using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Visitors;
using Mediator;

namespace Groupus.Application.Visitors.PreRegisterVisitor;

public sealed class PreRegisterVisitorHandler(IVisitRepository visits, VisitHostLookup hosts, IDataSubjectRegistry subjects, TimeProvider clock)
    : ICommandHandler<PreRegisterVisitorCommand, Result<VisitDto>>
{
    public async ValueTask<Result<VisitDto>> Handle(PreRegisterVisitorCommand command, CancellationToken cancellationToken)
    {
        var host = await hosts.FindAsync(command.HostUsername, cancellationToken);
        if (host.Error is { } unknownHost)
        {
            return unknownHost;
        }

        var visit = Visit.PreRegister(
            command.VisitorName.Trim(),
            command.Company?.Trim(),
            command.Purpose?.Trim(),
            host.Value,
            command.ExpectedAt!.Value,
            clock.GetUtcNow().UtcDateTime);
        visit.LinkDataSubject(await subjects.EnrolAsync([SubjectIdentifier.NameAndCompany(visit.VisitorName, visit.Company)], cancellationToken));
        visits.Add(visit);
        return VisitDto.From(visit);
    }
}
