using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy;

public sealed class DeadlineExtensionMustStayWithinCapRule(int requestedDays, int alreadyExtendedDays, int maxExtensionDays) : IBusinessRule
{
    public string Code => "DEADLINE_EXTENSION_OUT_OF_RANGE";

    public string Message =>
        $"An extension must be at least 1 day and all extensions together at most {maxExtensionDays} days; {alreadyExtendedDays} already granted.";

    public bool IsBroken() => requestedDays < 1 || alreadyExtendedDays + requestedDays > maxExtensionDays;
}
