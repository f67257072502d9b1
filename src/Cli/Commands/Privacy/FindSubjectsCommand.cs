using System.CommandLine;
using System.Globalization;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class FindSubjectsCommand : Command
{
    private readonly SubjectQueryOptions subject = new("Find");

    public FindSubjectsCommand(CommandRunner runner)
        : base("find", "Everyone an e-mail, phone, customer user id or name plus company names, with what each module holds, for review before a request (privacy-officer, admin)")
    {
        subject.AddTo(this);
        runner.SetAction(this, async context =>
        {
            var query = subject.ExactlyOne(context);
            using var client = context.ConnectAsStaff();
            var found = await client.Privacy.FindSubjectsAsync(new FindSubjectsRequest { Query = query });
            context.Output.Show(found, [.. Describe(found)]);
        });
    }

    private static IEnumerable<IRenderable> Describe(FindSubjectsResponse found)
    {
        if (found.Matches.Count == 0 && found.UnenrolledHoldings.Count == 0)
        {
            yield return Say.Line("Nobody found.");
            yield break;
        }

        foreach (var match in found.Matches)
        {
            yield return Say.Line($"Subject {match.SubjectId}: {MatchedBy(match)}");
            yield return Holdings(match.Holdings);
        }

        if (found.Matches.Any(m => m.MatchStrength == "SHARED"))
        {
            yield return Say.Line("A phone number or a name at a company can be shared by several people: confirm with the requester which of these"
                + " subjects are theirs; add each further one to the request with --also-subject.");
        }

        if (found.UnenrolledHoldings.Count > 0)
        {
            yield return Say.Line("Held under the identifier only (not tied to a subject):");
            yield return Holdings(found.UnenrolledHoldings);
        }

        yield return Say.Line("Make a request with: groupus privacy requests new --subject SUBJECT-ID --type TYPE ...");
    }

    private static string MatchedBy(SubjectMatch match)
    {
        var what = match.MatchedBy switch
        {
            SubjectIdentifierKind.Email => "e-mail",
            SubjectIdentifierKind.Phone => "phone",
            SubjectIdentifierKind.CustomerUserId => "customer user id",
            SubjectIdentifierKind.NameAndCompany => "name and company",
            _ => "identifier",
        };
        return match.MatchStrength == "SHARED"
            ? $"matched by {what} (shared: a candidate, not necessarily the requester)"
            : $"matched by {what} (names this one person)";
    }

    private static IRenderable Holdings(IReadOnlyCollection<Holding> holdings) =>
        TableBuilder.Build(holdings, "Nothing held.",
            ("Module", h => h.Module),
            ("Records", h => h.RecordType),
            ("Count", h => h.RecordCount.ToString(CultureInfo.InvariantCulture)),
            ("Categories", h => string.Join(", ", h.Categories)),
            ("Role", h => h.Role == ProcessingRole.Processor ? $"processor for {h.ControllerOrganisationId}" : "controller"),
            ("Examples", h => string.Join("; ", h.Examples)));
}
