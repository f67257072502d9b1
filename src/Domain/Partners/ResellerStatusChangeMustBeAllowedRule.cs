using Groupus.Domain.Common;

namespace Groupus.Domain.Partners;

public sealed class ResellerStatusChangeMustBeAllowedRule(ResellerStatus from, ResellerStatus to) : IBusinessRule
{
    public string Code => "RESELLER_STATUS_CHANGE_NOT_ALLOWED";

    public string Message => $"A reseller agreement cannot go from {from.ToString().ToLowerInvariant()} to {to.ToString().ToLowerInvariant()}.";

    public bool IsBroken() => from == ResellerStatus.Terminated && to != ResellerStatus.Terminated;
}
