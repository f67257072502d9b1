using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Numbers;

internal sealed class ActivateNumberCommand : Command
{
    private readonly Option<string> number = NumberArguments.Number();

    public ActivateNumberCommand(CommandRunner runner)
        : base("activate", "Let a voice number carry calls; refused (exit 8) until its emergency address is registered (admin, support)")
    {
        Options.Add(number);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var active = await client.Numbers.ActivateNumberAsync(new ActivateNumberRequest { NumberId = await NumberArguments.ResolveIdAsync(client, context.Get(number)) });
            context.Output.Show(active, Say.Line($"{active.Number} is active."), NumberTable.Of(active));
        });
    }
}
