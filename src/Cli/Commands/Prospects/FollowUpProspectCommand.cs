using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Prospects;

internal sealed class FollowUpProspectCommand : Command
{
    private readonly Option<string> prospect = new("--prospect") { Description = "The prospect's id", HelpName = "ID", Required = true };
    private readonly Option<string> status = ProspectChoices.Status.Option("--status", "The status after this follow-up; the current one to add a note only", required: true);
    private readonly Option<string> note = new("--note") { Description = "What happened", HelpName = "TEXT" };
    private readonly Option<string> lostReason = new("--lost-reason") { Description = "Why the prospect was lost (required with --status lost)", HelpName = "TEXT" };
    private readonly Option<bool> registerOrganisation = new("--register-organisation") { Description = "With --status converted: register the company as an organisation" };

    public FollowUpProspectCommand(CommandRunner runner)
        : base("follow-up", "Record a follow-up: new → contacted → qualified → converted, or lost with a reason")
    {
        Options.Add(prospect);
        Options.Add(status);
        Options.Add(note);
        Options.Add(lostReason);
        Options.Add(registerOrganisation);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var updated = await client.Prospects.FollowUpProspectAsync(new FollowUpProspectRequest
            {
                ProspectId = context.Get(prospect),
                Status = ProspectChoices.Status.From(context.Get(status)),
                Note = context.TextOrEmpty(note),
                LostReason = context.TextOrEmpty(lostReason),
                RegisterOrganisation = context.Get(registerOrganisation),
            });
            context.Output.Show(updated, [Say.Line($"Prospect {updated.Id} is {ProspectChoices.Status.Word(updated.Status)}."), .. ProspectTable.Detail(updated, context.Time)]);
        });
    }
}
