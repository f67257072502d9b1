using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Errors;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class NewRequestCommand : Command
{
    private readonly Option<string> subject = new("--subject") { Description = "The subject id, from: groupus privacy subjects find", Required = true, HelpName = "ID" };
    private readonly Option<string[]> alsoSubjects = new("--also-subject")
    {
        Description = "A further subject id the requester confirmed is theirs (a shared-phone or name candidate from subjects find); repeat for several",
        HelpName = "ID",
    };

    private readonly Option<string> type = PrivacyChoices.Type.Option("--type", "The right exercised", required: true);
    private readonly Option<DateOnly?> received;
    private readonly Option<string> channel = new("--channel") { Description = $"How it reached us ({string.Join(", ", PrivacyChoices.Channels)})", HelpName = "CHANNEL" };
    private readonly SubjectQueryOptions namedAs = new("How the request named the person (verification codes go only there)");
    private readonly Option<string[]> corrections = new("--correct") { Description = "Rectification: field=corrected value; repeat for several", HelpName = "FIELD=VALUE" };
    private readonly Option<string[]> purposes = new("--purpose")
    {
        Description = $"Restriction or objection: a purpose it covers ({string.Join(", ", PrivacyChoices.Purposes.Keys)}); repeat for several [default: every purpose the right covers]",
        HelpName = "PURPOSE",
    };

    private readonly Option<string> notes = new("--notes") { Description = "A note for staff (no special categories of data)", HelpName = "TEXT" };

    public NewRequestCommand(CommandRunner runner)
        : base("new", "Record a data-subject request; a second one of the same type for the same person is linked to the first, never run twice (privacy-officer, admin)")
    {
        received = TimeOptions.Day("--received", "When it was received [default: now]");
        channel.AcceptOnlyFromAmong(PrivacyChoices.Channels);
        purposes.AcceptOnlyFromAmong([.. PrivacyChoices.Purposes.Keys]);
        Options.Add(subject);
        Options.Add(alsoSubjects);
        Options.Add(type);
        Options.Add(received);
        Options.Add(channel);
        namedAs.AddTo(this, withUserAndName: false);
        Options.Add(corrections);
        Options.Add(purposes);
        Options.Add(notes);
        runner.SetAction(this, async context =>
        {
            var request = new CreateRequestRequest
            {
                SubjectId = context.Get(subject),
                AlsoSubjectIds = { (context.ParseResult.GetValue(alsoSubjects) ?? []).Select(id => id.Trim()).Distinct() },
                Type = PrivacyChoices.Type.From(context.Get(type)),
                Channel = context.TextOrEmpty(channel),
                NamedAs = namedAs.Read(context),
                Corrections = { Corrections(context.ParseResult.GetValue(corrections) ?? []) },
                Purposes = { (context.ParseResult.GetValue(purposes) ?? []).Distinct().Select(p => PrivacyChoices.Purposes[p]) },
                Notes = context.TextOrEmpty(notes),
            };
            if (context.ParseResult.GetValue(received) is { } day)
            {
                request.ReceivedAt = Timestamp.FromDateTimeOffset(context.Time.StartOfDay(day));
            }

            if (request.NamedAs.Email.Length == 0 && request.NamedAs.Phone.Length == 0)
            {
                throw CliFailure.Usage("Give how the request named the person: --email and/or --phone (verification codes go only there).");
            }

            using var client = context.ConnectAsStaff();
            var created = await client.Privacy.CreateRequestAsync(request);
            var said = created.DuplicateOfActive
                ? $"An active {context.Get(type)} request for this person already exists: this one is linked to request {created.Request.Id}, which is not run twice."
                : $"Recorded request {created.Request.Id}, due {context.Time.Full(created.Request.DueAt)}. Next: groupus privacy requests verify {created.Request.Id} --send-to email";
            context.Output.Show(created, Say.Line(said));
        });
    }

    private static Dictionary<string, string> Corrections(string[] given)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in given)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw CliFailure.Usage($"--correct: '{pair}' is not field=value.");
            }

            corrections[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return corrections;
    }
}
