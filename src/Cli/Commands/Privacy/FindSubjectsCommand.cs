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
            yield return Say.Line($"Subject {match.SubjectId}:");
            yield return Holdings(match.Holdings);
        }

        if (found.UnenrolledHoldings.Count > 0)
        {
            yield return Say.Line("Held under the identifier only (not tied to a subject):");
            yield return Holdings(found.UnenrolledHoldings);
        }

        yield return Say.Line("Make a request with: groupus privacy requests new --subject SUBJECT-ID --type TYPE ...");
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
