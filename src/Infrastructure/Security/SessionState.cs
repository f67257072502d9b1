namespace Groupus.Infrastructure.Security;

/// <summary>
/// What decides whether a subject's tokens still hold: its session version (raised to end every session) and whether
/// it may act at all (an erased user, a suspended organisation, a revoked gateway may not).
/// </summary>
/// <param name="OrganisationId">For a customer's user: the organisation whose state also decides.</param>
public sealed record SessionState(int Version, bool Active, Guid? OrganisationId = null);
