using System.Globalization;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

internal static class RetentionRunTable
{
    public static IRenderable Of(IReadOnlyCollection<RetentionRun> runs, LocalTime time) =>
        TableBuilder.Build(runs, "The retention sweeper has not run yet.",
            ("Ran at", run => time.Full(run.RanAt)),
            ("Visits before", run => time.Full(run.CutOff)),
            ("Anonymised", run => run.AnonymisedCount.ToString(CultureInfo.InvariantCulture)));
}
