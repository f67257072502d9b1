using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Contracts.Privacy;
using Mediator;

namespace Groupus.Application.Privacy.FindSubjects;

/// <summary>
/// Resolves the identifier through the subject register (one subject for a strong identifier; every candidate for a
/// shared one, each marked so, for the officer to confirm which are the requester), then asks every module: once per subject by subject id (data
/// it enrolled), and once by the identifier alone (data kept under the identifier only, such as a customer's faxes).
/// </summary>
public sealed class FindSubjectsHandler(
    IDataSubjectRegistry registry,
    IEnumerable<IPersonalDataProvider> providers,
    IPrivacyAudit audit) : IQueryHandler<FindSubjectsQuery, Result<SubjectSearchResult>>
{
    public async ValueTask<Result<SubjectSearchResult>> Handle(FindSubjectsQuery query, CancellationToken cancellationToken)
    {
        var identifier = query.Query!.Identifiers().Single();
        var subjects = await registry.FindAsync(identifier, cancellationToken);
        var matches = new List<SubjectMatch>();
        foreach (var subjectId in subjects.Distinct())
        {
            matches.Add(new SubjectMatch(subjectId, await HoldingsAsync(new SubjectLookup(subjectId, []), cancellationToken), identifier.Kind, identifier.IsStrong));
        }

        var unenrolled = await HoldingsAsync(new SubjectLookup(Guid.Empty, [identifier]), cancellationToken);
        await audit.AppendAsync(
            PrivacyAuditActions.SubjectsSearched,
            null,
            new Dictionary<string, string>
            {
                ["identifierKind"] = identifier.Kind.ToString(),
                ["subjects"] = matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["strong"] = identifier.IsStrong ? "true" : "false",
                ["unenrolledHoldings"] = unenrolled.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            cancellationToken);
        return new SubjectSearchResult(matches, unenrolled);
    }

    private async Task<IReadOnlyList<PersonalDataHolding>> HoldingsAsync(SubjectLookup lookup, CancellationToken cancellationToken)
    {
        var holdings = new List<PersonalDataHolding>();
        foreach (var provider in providers)
        {
            holdings.AddRange((await provider.FindAsync(lookup, cancellationToken)).Where(h => h.RecordCount > 0));
        }

        return holdings;
    }
}
