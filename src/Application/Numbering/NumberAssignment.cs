using Groupus.Application.Common.Results;

namespace Groupus.Application.Numbering;

internal static class NumberAssignment
{
    /// <summary>Which organisation holds it is not said: the caller may not be entitled to know.</summary>
    public static Error AlreadyAssigned(string e164, string field) =>
        Error.AlreadyExists("NUMBER_ALREADY_ASSIGNED", $"The number {e164} is already assigned; release it first.", field);
}
