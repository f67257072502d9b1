using Groupus.Application.Privacy.Requests;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.RunRequest;

public static class RequestSubjects
{
    /// <summary>Every subject the request covers, each with the identifiers the request named (for data kept under an identifier only).</summary>
    public static IReadOnlyList<SubjectLookup> Of(DataSubjectRequest request)
    {
        IReadOnlyList<SubjectIdentifier> named = [.. request.NamedAs.Select(SubjectQueryInput.FromNamed).OfType<SubjectIdentifier>()];
        return [.. request.SubjectIds.Select((id, n) => new SubjectLookup(id, n == 0 ? named : []))];
    }
}
