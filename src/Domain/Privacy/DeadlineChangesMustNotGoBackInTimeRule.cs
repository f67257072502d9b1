using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy;

/// <summary>A pause or resumption cannot be dated before the receipt or the deadline's previous change.</summary>
public sealed class DeadlineChangesMustNotGoBackInTimeRule(DateOnly latestChange, DateOnly requested) : IBusinessRule
{
    public string Code => "DEADLINE_CHANGE_OUT_OF_ORDER";

    public string Message => $"The change is dated {requested:yyyy-MM-dd}, before the deadline's last change on {latestChange:yyyy-MM-dd}.";

    public bool IsBroken() => requested < latestChange;
}
