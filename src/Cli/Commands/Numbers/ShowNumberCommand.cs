using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;

namespace Groupus.Cli.Commands.Numbers;

internal sealed class ShowNumberCommand : Command
{
    private readonly Option<string> number = NumberArguments.Number();

    public ShowNumberCommand(CommandRunner runner)
        : base("show", "One number with its emergency-services address and registration (customers; admin, support, billing)")
    {
        Options.Add(number);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var typed = context.Get(number);
            var request = Guid.TryParse(typed, out var id) ? new GetNumberRequest { NumberId = id.ToString() } : new GetNumberRequest { Number = typed };
            var found = await client.Numbers.GetNumberAsync(request);
            context.Output.Show(found, NumberTable.Of(found));
        });
    }
}
