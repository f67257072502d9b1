using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Privacy;

/// <summary>privacy holds place|release|list: legal holds block erasure of a subject until released.</summary>
internal sealed class HoldCommands : Command
{
    public HoldCommands(CommandRunner runner)
        : base("holds", "Legal holds: they block erasure of a person's data until released")
    {
        Subcommands.Add(Place(runner));
        Subcommands.Add(Release(runner));
        Subcommands.Add(List(runner));
    }

    public static IRenderable Table(IReadOnlyCollection<LegalHold> holds, LocalTime time) =>
        TableBuilder.Build(holds, "No legal holds.",
            ("Id", h => h.Id),
            ("Subject", h => h.SubjectId),
            ("Reference", h => h.Reference),
            ("Reason", h => h.Reason),
            ("Placed", h => time.Short(h.PlacedAt)),
            ("Released", h => h.ReleasedAt is null ? "" : $"{time.Short(h.ReleasedAt)}: {h.ReleaseReason}"));

    private static Command Place(CommandRunner runner)
    {
        var subject = new Option<string>("--subject") { Description = "The subject id", Required = true, HelpName = "ID" };
        var reason = PrivacyArguments.Reason("Why the data must be kept");
        var reference = new Option<string>("--reference") { Description = "The matter or case reference", HelpName = "REF" };
        var command = new Command("place", "Place a legal hold on a person's data (privacy-officer, admin)") { subject, reason, reference };
        runner.SetAction(command, async context =>
        {
            using var client = context.ConnectAsStaff();
            var hold = await client.Privacy.PlaceLegalHoldAsync(new PlaceLegalHoldRequest
            {
                SubjectId = context.Get(subject),
                Reason = context.Get(reason),
                Reference = context.TextOrEmpty(reference),
            });
            context.Output.Show(hold, Say.Line($"Placed legal hold {hold.Id} on subject {hold.SubjectId}: their data cannot be erased until it is released."));
        });
        return command;
    }

    private static Command Release(CommandRunner runner)
    {
        var holdId = new Argument<string>("hold-id") { Description = "The legal hold's id" };
        var reason = PrivacyArguments.Reason("Why the hold is no longer needed");
        var command = new Command("release", "Release a legal hold (privacy-officer, admin)") { holdId, reason };
        runner.SetAction(command, async context =>
        {
            using var client = context.ConnectAsStaff();
            var hold = await client.Privacy.ReleaseLegalHoldAsync(new ReleaseLegalHoldRequest { HoldId = context.Get(holdId), Reason = context.Get(reason) });
            context.Output.Show(hold, Say.Line($"Released legal hold {hold.Id} on subject {hold.SubjectId}."));
        });
        return command;
    }

    private static Command List(CommandRunner runner)
    {
        var subject = new Option<string>("--subject") { Description = "Only this subject's holds", HelpName = "ID" };
        var released = new Option<bool>("--include-released") { Description = "Include holds already released" };
        var command = new Command("list", "Legal holds in force (privacy-officer, admin)") { subject, released };
        runner.SetAction(command, async context =>
        {
            using var client = context.ConnectAsStaff();
            var holds = await client.Privacy.ListLegalHoldsAsync(new ListLegalHoldsRequest { SubjectId = context.TextOrEmpty(subject), IncludeReleased = context.Get(released) });
            context.Output.Show(holds, Table(holds.Holds, context.Time));
        });
        return command;
    }
}
