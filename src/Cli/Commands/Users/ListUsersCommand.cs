using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Users;

internal sealed class ListUsersCommand : Command
{
    private readonly Option<string> organisation = new("--org") { Description = "The organisation (customers: leave out for your own)" };

    public ListUsersCommand(CommandRunner runner)
        : base("list", "List a customer organisation's users")
    {
        Options.Add(organisation);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var response = await client.CustomerUsers.ListCustomerUsersAsync(new ListCustomerUsersRequest { OrganisationId = context.TextOrEmpty(organisation) });
            context.Output.Show(response, CustomerUserTable.Of(response.Users));
        });
    }
}
