using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;

namespace Groupus.Cli.Commands.Visitors;

internal sealed class PreRegisterCommand : Command
{
    private readonly Option<string> name = new("--name") { Description = "The visitor's name", Required = true };
    private readonly Option<string> company = new("--company") { Description = "The visitor's company", Required = true };
    private readonly Option<string> host = new("--host") { Description = "Username of the staff member they are visiting", HelpName = "USERNAME", Required = true };
    private readonly Option<string> purpose = new("--purpose") { Description = "Why they are visiting" };
    private readonly Option<DateTimeOffset> expected;

    public PreRegisterCommand(CommandRunner runner)
        : base("preregister", "Register a visitor who is expected later")
    {
        expected = TimeOptions.Instant("--expected", "When they are expected", runner.Time);
        expected.Required = true;
        Options.Add(name);
        Options.Add(company);
        Options.Add(host);
        Options.Add(expected);
        Options.Add(purpose);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var visit = await client.Visitors.PreRegisterVisitorAsync(new PreRegisterVisitorRequest
            {
                VisitorName = context.Get(name),
                Company = context.Get(company),
                HostUsername = context.Get(host),
                ExpectedAt = Timestamp.FromDateTimeOffset(context.Get(expected)),
                Purpose = context.TextOrEmpty(purpose),
            });
            context.Output.Show(visit,
                Say.Line($"Pre-registered {visit.VisitorName} ({visit.Company}) to visit {VisitTable.HostName(visit)} at {context.Time.Full(visit.ExpectedAt)}."),
                VisitTable.Of(visit, context.Time));
        });
    }
}
