using System.CommandLine;
using System.CommandLine.Parsing;
using Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Cli.Commands.Fax;

/// <summary>--cover-from, --cover-to, --cover-subject and --cover-note: a cover page in front of the document, when any is given.</summary>
internal sealed class CoverPageOptions
{
    private readonly Option<string> from = new("--cover-from") { Description = "Cover page: who the fax is from", HelpName = "NAME" };
    private readonly Option<string> to = new("--cover-to") { Description = "Cover page: who the fax is for", HelpName = "NAME" };
    private readonly Option<string> subject = new("--cover-subject") { Description = "Cover page: the subject", HelpName = "TEXT" };
    private readonly Option<string> note = new("--cover-note") { Description = "Cover page: a note", HelpName = "TEXT" };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { from, to, subject, note })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(RequireSenderAndRecipient);
    }

    /// <summary>Null when no cover option was given: the fax has no cover page.</summary>
    public CoverPage? Read(CommandContext context)
    {
        var cover = new CoverPage
        {
            From = context.TextOrEmpty(from), To = context.TextOrEmpty(to), Subject = context.TextOrEmpty(subject), Note = context.TextOrEmpty(note),
        };
        return cover.Equals(new CoverPage()) ? null : cover;
    }

    private void RequireSenderAndRecipient(CommandResult result)
    {
        var any = new Option[] { from, to, subject, note }.Any(option => result.GetResult(option) is not null);
        if (any && (result.GetResult(from) is null || result.GetResult(to) is null))
        {
            result.AddError("A cover page needs both --cover-from and --cover-to.");
        }
    }
}
