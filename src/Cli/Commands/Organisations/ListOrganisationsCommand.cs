using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Organisations;

internal sealed class ListOrganisationsCommand : Command
{
    private readonly Option<string> name = new("--name") { Description = "Only organisations whose legal name contains this" };
    private readonly Option<OrganisationStatus> status = new("--status") { Description = "Only organisations in this status (Prospect, Active, Suspended, Closed)" };

    public ListOrganisationsCommand(CommandRunner runner)
        : base("list", "List customer organisations")
    {
        Options.Add(name);
        Options.Add(status);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var response = await client.Organisations.ListOrganisationsAsync(
                new ListOrganisationsRequest { NameContains = context.TextOrEmpty(name), Status = context.ParseResult.GetValue(status) });
            context.Output.Show(response, OrganisationTable.Of(response.Organisations));
        });
    }
}
