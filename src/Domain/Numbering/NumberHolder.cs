namespace Groupus.Domain.Numbering;

/// <summary>
/// The organisation a number is given to, as numbering knows it: its id and whether it is closed. The customers module
/// owns organisations; the handler reads this through a contract and hands it to the number as a value.
/// </summary>
public sealed record NumberHolder(Guid OrganisationId, bool IsClosed);
