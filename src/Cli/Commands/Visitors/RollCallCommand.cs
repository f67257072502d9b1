using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Visitors;

internal sealed class RollCallCommand : Command
{
    public RollCallCommand(CommandRunner runner)
        : base("rollcall", "Take a roll call of everyone on site (for an evacuation)")
    {
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            using var call = client.Visitors.RollCall(new RollCallRequest());

            var entries = new List<RollCallEntry>();
            await foreach (var entry in call.ResponseStream.ReadAllAsync(context.CancellationToken))
            {
                entries.Add(entry);
            }

            var header = entries.FirstOrDefault(entry => entry.EntryCase == RollCallEntry.EntryOneofCase.Header)?.Header;
            var visits = entries.Where(entry => entry.EntryCase == RollCallEntry.EntryOneofCase.Visit).Select(entry => entry.Visit).ToList();
            var takenAt = header?.TakenAt ?? Timestamp.FromDateTimeOffset(context.Time.UtcNow);
            var onSite = header?.OnSiteCount ?? visits.Count;

            context.Output.ShowAll(entries,
                Say.Line($"Roll call taken at {context.Time.TimeOfDayWithSeconds(takenAt)} — {onSite} on site"),
                VisitTable.Of(visits, context.Time, "Nobody is on site."));
        });
    }
}
