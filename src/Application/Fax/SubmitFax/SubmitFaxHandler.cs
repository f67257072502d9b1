using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Customers;
using Mediator;

namespace Groupus.Application.Fax.SubmitFax;

public sealed class SubmitFaxHandler(FaxJobFactory factory, OrganisationScope scope, IOrganisationDirectory organisations, ICurrentUser caller)
    : ICommandHandler<SubmitFaxCommand, Result<FaxJobDto>>
{
    public async ValueTask<Result<FaxJobDto>> Handle(SubmitFaxCommand command, CancellationToken cancellationToken)
    {
        var organisation = scope.Resolve(command.OrganisationId);
        if (!organisation.IsSuccess)
        {
            return organisation.Error!;
        }

        if (!await organisations.IsOpenAsync(organisation.Value, cancellationToken))
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        using var document = new MemoryStream(command.Document.ToArray(), writable: false);
        var job = await factory.CreateAsync(
            new FaxJobRequest(organisation.Value, caller.PrincipalId!.Value, command.To, command.Resolution, command.Cover, command.Priority, command.NotBeforeUtc),
            document,
            cancellationToken);
        return job.IsSuccess ? FaxJobDto.From(job.Value) : job.Error!;
    }
}
