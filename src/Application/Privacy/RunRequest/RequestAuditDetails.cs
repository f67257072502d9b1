using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.RunRequest;

public static class RequestAuditDetails
{
    /// <summary>The request and its type, then the step's own details.</summary>
    public static Dictionary<string, string> Of(DataSubjectRequest request, params (string Key, string Value)[] details)
    {
        var all = new Dictionary<string, string> { ["request"] = request.Id.ToString(), ["type"] = request.Type.ToString() };
        foreach (var (key, value) in details)
        {
            all[key] = value;
        }

        return all;
    }
}
