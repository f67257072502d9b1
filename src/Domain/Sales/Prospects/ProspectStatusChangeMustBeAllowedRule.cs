using Groupus.Domain.Common;

namespace Groupus.Domain.Sales.Prospects;

/// <summary>new → contacted → qualified → converted; lost from any open state; converted and lost are final. Staying put (a note) is always allowed while open.</summary>
public sealed class ProspectStatusChangeMustBeAllowedRule(ProspectStatus from, ProspectStatus to) : IBusinessRule
{
    private static readonly Dictionary<ProspectStatus, ProspectStatus[]> Allowed = new()
    {
        [ProspectStatus.New] = [ProspectStatus.New, ProspectStatus.Contacted, ProspectStatus.Lost],
        [ProspectStatus.Contacted] = [ProspectStatus.Contacted, ProspectStatus.Qualified, ProspectStatus.Lost],
        [ProspectStatus.Qualified] = [ProspectStatus.Qualified, ProspectStatus.Converted, ProspectStatus.Lost],
        [ProspectStatus.Converted] = [],
        [ProspectStatus.Lost] = [],
    };

    public string Code => "PROSPECT_STATUS_CHANGE_NOT_ALLOWED";

    public string Message => Allowed[from].Length == 0
        ? $"This prospect is {from.ToString().ToLowerInvariant()}: its follow-up is closed."
        : $"A prospect cannot go from {from.ToString().ToLowerInvariant()} to {to.ToString().ToLowerInvariant()}.";

    public bool IsBroken() => !Allowed.TryGetValue(from, out var next) || !next.Contains(to);
}
