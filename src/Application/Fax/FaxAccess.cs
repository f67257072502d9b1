using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

/// <summary>Finds faxes the caller may see: another organisation's are not found, never forbidden.</summary>
public sealed class FaxAccess(IFaxJobRepository jobs, IReceivedFaxRepository received, OrganisationScope scope, ICurrentUser caller)
{
    public static readonly Error JobNotFound = Error.NotFound("The fax job");
    public static readonly Error ReceivedNotFound = Error.NotFound("The received fax");

    public async Task<Result<FaxJob>> JobAsync(string id, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(Guid.Parse(id), cancellationToken);
        return job is not null && scope.CanSee(job.OrganisationId) ? job : JobNotFound;
    }

    public async Task<Result<ReceivedFax>> ReceivedAsync(string id, CancellationToken cancellationToken)
    {
        var fax = await received.GetAsync(Guid.Parse(id), cancellationToken);
        // An unrouted fax belongs to nobody yet: only staff, who route it, may see it.
        var visible = fax?.OrganisationId is { } owner ? scope.CanSee(owner) : caller.Kind == PrincipalKind.Staff;
        return fax is not null && visible ? fax : ReceivedNotFound;
    }

    /// <summary>Whose faxes a list shows: a customer's own organisation; for staff the one named, or every one (null).</summary>
    public Result<Guid?> ListedOrganisation(string? requested)
    {
        if (caller.Kind != PrincipalKind.Customer && string.IsNullOrEmpty(requested))
        {
            return (Guid?)null;
        }

        var resolved = scope.Resolve(requested);
        return resolved.IsSuccess ? resolved.Value : resolved.Error!;
    }
}
