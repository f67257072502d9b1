namespace Groupus.Contracts.Customers;

/// <summary>What another module may know of an organisation's standing: that it exists, and whether it is closed or suspended.</summary>
public sealed record OrganisationStanding(Guid OrganisationId, bool IsClosed, bool IsSuspended)
{
    /// <summary>Its users may sign in and keep their sessions: it is neither suspended nor closed.</summary>
    public bool AdmitsSignIn => !IsClosed && !IsSuspended;
}
