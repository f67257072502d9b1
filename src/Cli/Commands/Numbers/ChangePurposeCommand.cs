using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Numbers;

internal sealed class ChangePurposeCommand : Command
{
    private readonly Option<string> number = NumberArguments.Number();
    private readonly Option<string> purpose = NumberArguments.Purpose(required: true);
    private readonly Option<long?> expectedVersion = NumberArguments.ExpectedVersion();

    public ChangePurposeCommand(CommandRunner runner)
        : base("purpose", "Switch a number between voice and fax (admin, support)")
    {
        Options.Add(number);
        Options.Add(purpose);
        Options.Add(expectedVersion);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ChangeNumberPurposeRequest
            {
                NumberId = await NumberArguments.ResolveIdAsync(client, context.Get(number)), Purpose = NumberArguments.ToProto(context.Get(purpose)),
            };
            if (context.Get(expectedVersion) is { } version)
            {
                request.ExpectedVersion = version;
            }

            var changed = await client.Numbers.ChangeNumberPurposeAsync(request);
            context.Output.Show(changed, Say.Line($"{changed.Number} is now a {NumberTable.PurposeText(changed.Purpose)} number."), NumberTable.Of(changed));
        });
    }
}
