using Groupus.Domain.Common;

namespace Groupus.Application.Privacy.RunRequest;

/// <summary>After every erasure step, no module may still hold controller data of the subject that no policy keeps.</summary>
public sealed class ErasureIncompleteRule(IReadOnlyCollection<string> modulesStillHolding) : IBusinessRule
{
    public string Code => "ERASURE_INCOMPLETE";

    public string Message => $"Personal data remains after erasure in: {string.Join(", ", modulesStillHolding)}. The request stays in progress; run it again.";

    public bool IsBroken() => modulesStillHolding.Count > 0;
}
