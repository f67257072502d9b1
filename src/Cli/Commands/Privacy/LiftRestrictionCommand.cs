using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class LiftRestrictionCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();
    private readonly Option<string> reason = PrivacyArguments.Reason("Why it is lifted (audited)");

    public LiftRestrictionCommand(CommandRunner runner)
        : base("lift", "Lift the restriction or objection a completed request placed (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        Options.Add(reason);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = await client.Privacy.LiftRestrictionAsync(new LiftRestrictionRequest { RequestId = context.Get(requestId), Reason = context.Get(reason) });
            context.Output.Show(request, Say.Line($"Request {request.Id}: restriction lifted"));
        });
    }
}
