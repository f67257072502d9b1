using System.CommandLine;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Visitors;

internal sealed class SignOutCommand : Command
{
    private readonly Option<string> visitId = new("--visit") { Description = "The visit to end", HelpName = "ID" };
    private readonly Option<string> badge = new("--badge") { Description = "The badge the visitor hands back" };

    public SignOutCommand(CommandRunner runner)
        : base("signout", "Sign a visitor out, by visit id or by badge")
    {
        Options.Add(visitId);
        Options.Add(badge);
        Validators.Add(result =>
        {
            if ((result.GetResult(visitId) is null) == (result.GetResult(badge) is null))
            {
                result.AddError("Give exactly one of --visit ID or --badge NUMBER.");
            }
        });
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = context.ParseResult.GetValue(visitId) is { } id
                ? new SignOutVisitorRequest { VisitId = id }
                : new SignOutVisitorRequest { BadgeNumber = context.Get(badge) };
            var visit = await client.Visitors.SignOutVisitorAsync(request);
            context.Output.Show(visit, Say.Line($"Signed out {VisitTable.VisitorName(visit)}."), VisitTable.Of(visit, context.Time));
        });
    }
}
