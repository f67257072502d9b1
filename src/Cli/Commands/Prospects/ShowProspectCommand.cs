using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;

namespace Groupus.Cli.Commands.Prospects;

internal sealed class ShowProspectCommand : Command
{
    private readonly Option<string> prospect = new("--prospect") { Description = "The prospect's id", HelpName = "ID", Required = true };

    public ShowProspectCommand(CommandRunner runner)
        : base("show", "One prospect with its enquiry and follow-up history")
    {
        Options.Add(prospect);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var found = await client.Prospects.GetProspectAsync(new GetProspectRequest { ProspectId = context.Get(prospect) });
            context.Output.Show(found, ProspectTable.Detail(found, context.Time));
        });
    }
}
