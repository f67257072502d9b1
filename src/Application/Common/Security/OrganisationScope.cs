using Groupus.Application.Common.Results;

namespace Groupus.Application.Common.Security;

/// <summary>
/// Tenant isolation in one place: a customer's user only ever reaches their own organisation, and a foreign
/// organisation (or anything belonging to one) is reported as not found — its existence is never revealed.
/// </summary>
public sealed class OrganisationScope(ICurrentUser user)
{
    public static readonly Error NotFoundOrganisation = Error.NotFound("The organisation");

    /// <summary>The organisation a request acts on: a customer's own when they name none; staff must name one.</summary>
    public Result<Guid> Resolve(string? requestedOrganisationId, string field = "OrganisationId")
    {
        Guid? requested = null;
        if (!string.IsNullOrEmpty(requestedOrganisationId))
        {
            if (!Guid.TryParse(requestedOrganisationId, out var parsed))
            {
                return Error.Invalid(field, "must be an id as returned by the server");
            }

            requested = parsed;
        }

        if (user.Kind == PrincipalKind.Customer)
        {
            return requested is null || requested == user.OrganisationId ? user.OrganisationId!.Value : NotFoundOrganisation;
        }

        return requested is { } id ? id : Error.Invalid(field, "is required");
    }

    /// <summary>True when the caller may see data belonging to this organisation.</summary>
    public bool CanSee(Guid organisationId) => user.Kind != PrincipalKind.Customer || user.OrganisationId == organisationId;
}
