using Groupus.Application.Common.Privacy;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Privacy;
using Groupus.Contracts.Customers;
using Mediator;

namespace Groupus.Application.Sales.Prospects.FollowUpProspect;

public sealed class FollowUpProspectHandler(
    IProspectRepository prospects, ICustomerRegistration customers, IProcessingRestrictions restrictions, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<FollowUpProspectCommand, Result<ProspectDto>>
{
    public async ValueTask<Result<ProspectDto>> Handle(FollowUpProspectCommand command, CancellationToken cancellationToken)
    {
        var prospect = await prospects.GetAsync(Guid.Parse(command.ProspectId), cancellationToken);
        if (prospect is null)
        {
            return Error.NotFound("The prospect");
        }

        if (command.ExpectedVersion is { } expected && expected != prospect.Version)
        {
            return Error.Concurrency();
        }

        // Following a prospect up is contact on our legitimate interests: a person who objected to it, or restricted all
        // processing, is not followed up.
        if ((await restrictions.RestrictedAmongAsync([prospect.DataSubjectId], ProcessingPurpose.LegitimateInterests, cancellationToken)).Count > 0)
        {
            return PurposeNames.Refusal(ProcessingPurpose.LegitimateInterests);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        prospect.FollowUp(command.Status!.Value, Trimmed(command.Note), Trimmed(command.LostReason), caller.StaffId, now);
        if (command.RegisterOrganisation)
        {
            var organisationId = customers.Register(
                prospect.Contact.Company, prospect.Contact.Industry, prospect.Contact.EmployeeCount is { } employees ? $"{employees} employees" : null, now);
            prospect.LinkOrganisation(organisationId);
        }

        return ProspectDto.From(prospect);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
