using System.CommandLine;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Visitors;

internal sealed class RetentionRunsCommand : Command
{
    public RetentionRunsCommand(CommandRunner runner)
        : base("retention-runs", "List the retention sweeper's anonymisation runs")
    {
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var response = await client.Visitors.ListRetentionRunsAsync(new ListRetentionRunsRequest());
            context.Output.Show(response, RetentionRunTable.Of(response.Runs, context.Time));
        });
    }
}
