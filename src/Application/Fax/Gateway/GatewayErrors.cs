using Groupus.Application.Common.Results;

namespace Groupus.Application.Fax.Gateway;

public static class GatewayErrors
{
    public const string LeaseLostCode = "LEASE_LOST";

    public static readonly Error Revoked = Error.Unauthenticated("This gateway's credential has been revoked.");

    /// <summary>The job is not (or no longer) leased to this gateway under this lease: a forged or stale job id.</summary>
    public static readonly Error LeaseLost = new(ErrorKind.NotFound, LeaseLostCode, "No job is leased to this gateway under that lease.", []);
}
