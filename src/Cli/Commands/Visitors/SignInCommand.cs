using System.CommandLine;
using System.CommandLine.Parsing;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Visitors;

internal sealed class SignInCommand : Command
{
    private readonly Option<string> visitId = new("--visit") { Description = "The pre-registration to complete (its details are used)", HelpName = "ID" };
    private readonly Option<string> name = new("--name") { Description = "A walk-in visitor's name" };
    private readonly Option<string> company = new("--company") { Description = "A walk-in visitor's company" };
    private readonly Option<string> host = new("--host") { Description = "Username of the staff member a walk-in is visiting", HelpName = "USERNAME" };
    private readonly Option<string> purpose = new("--purpose") { Description = "Why they are visiting (required for walk-ins)" };
    private readonly Option<string> badge = new("--badge") { Description = "The badge number handed over", Required = true };

    public SignInCommand(CommandRunner runner)
        : base("signin", "Sign a visitor in: a pre-registered one (--visit) or a walk-in (--name, --company, --host, --purpose)")
    {
        Options.Add(visitId);
        Options.Add(name);
        Options.Add(company);
        Options.Add(host);
        Options.Add(purpose);
        Options.Add(badge);
        Validators.Add(RequireVisitOrWalkInDetails);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var visit = await client.Visitors.SignInVisitorAsync(new SignInVisitorRequest
            {
                VisitId = context.TextOrEmpty(visitId),
                VisitorName = context.TextOrEmpty(name),
                Company = context.TextOrEmpty(company),
                HostUsername = context.TextOrEmpty(host),
                Purpose = context.TextOrEmpty(purpose),
                BadgeNumber = context.Get(badge),
            });
            context.Output.Show(visit,
                Say.Line($"Signed in {visit.VisitorName} with badge {visit.BadgeNumber}, visiting {VisitTable.HostName(visit)}."),
                VisitTable.Of(visit, context.Time));
        });
    }

    private void RequireVisitOrWalkInDetails(CommandResult result)
    {
        Option<string>[] walkInDetails = [name, company, host];
        var given = walkInDetails.Where(option => result.GetResult(option) is not null).ToList();
        if (result.GetResult(visitId) is not null)
        {
            if (given.Count > 0)
            {
                result.AddError("Give either --visit or the walk-in details (--name, --company, --host), not both.");
            }

            return;
        }

        var missing = walkInDetails.Append(purpose).Where(option => result.GetResult(option) is null).Select(option => option.Name).ToList();
        if (missing.Count > 0)
        {
            result.AddError($"Give --visit ID for a pre-registered visitor, or for a walk-in also {string.Join(", ", missing)}.");
        }
    }
}
