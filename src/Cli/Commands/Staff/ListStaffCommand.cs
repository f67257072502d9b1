using System.CommandLine;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Staff;

internal sealed class ListStaffCommand : Command
{
    public ListStaffCommand(CommandRunner runner)
        : base("list", "List staff accounts")
    {
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var response = await client.Staff.ListStaffAsync(new ListStaffRequest());
            context.Output.Show(response, StaffTable.Of(response.Staff));
        });
    }
}
