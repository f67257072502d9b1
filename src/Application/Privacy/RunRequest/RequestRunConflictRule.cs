using Groupus.Domain.Common;

namespace Groupus.Application.Privacy.RunRequest;

/// <summary>Raised when saving a step fails because another run of the same request saved first.</summary>
public sealed class RequestRunConflictRule(string detail) : IBusinessRule
{
    public string Code => "REQUEST_RUN_CONFLICT";

    public string Message => $"Another run of this request is under way ({detail}); get the request to see its progress.";

    public bool IsBroken() => true;
}
