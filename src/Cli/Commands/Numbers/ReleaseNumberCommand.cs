using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Numbers;

internal sealed class ReleaseNumberCommand : Command
{
    private readonly Option<string> number = NumberArguments.Number();
    private readonly Option<long?> expectedVersion = NumberArguments.ExpectedVersion();

    public ReleaseNumberCommand(CommandRunner runner)
        : base("release", "Take a number back from its organisation into our pool (admin, support)")
    {
        Options.Add(number);
        Options.Add(expectedVersion);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ReleaseNumberRequest { NumberId = await NumberArguments.ResolveIdAsync(client, context.Get(number)) };
            if (context.Get(expectedVersion) is { } version)
            {
                request.ExpectedVersion = version;
            }

            var released = await client.Numbers.ReleaseNumberAsync(request);
            context.Output.Show(released, Say.Line($"Released {released.Number}."));
        });
    }
}
