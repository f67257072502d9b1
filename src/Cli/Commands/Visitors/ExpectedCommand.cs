using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;

namespace Groupus.Cli.Commands.Visitors;

internal sealed class ExpectedCommand : Command
{
    private readonly Option<DateOnly?> day = TimeOptions.Day("--day", "The day [default: today]");

    public ExpectedCommand(CommandRunner runner)
        : base("expected", "List pre-registered visitors who have not arrived yet")
    {
        Options.Add(day);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var wanted = context.Get(day) ?? context.Time.Today;
            var response = await client.Visitors.ListExpectedVisitorsAsync(new ListExpectedVisitorsRequest
            {
                Day = Timestamp.FromDateTimeOffset(context.Time.MiddayOf(wanted)),
            });
            context.Output.Show(response, VisitTable.Of(response.Visits, context.Time, $"Nobody else is expected on {wanted:yyyy-MM-dd}."));
        });
    }
}
