using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class PauseRequestCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();
    private readonly Option<string> reason = PrivacyArguments.Reason("What we are waiting for from the person (audited)");

    public PauseRequestCommand(CommandRunner runner)
        : base("pause", "Wait for the person: the deadline clock stops until resume (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        Options.Add(reason);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = await client.Privacy.PauseRequestAsync(new PauseRequestRequest { RequestId = context.Get(requestId), Reason = context.Get(reason) });
            context.Output.Show(request, Say.Line($"Request {request.Id} is paused; the deadline clock has stopped. Resume with: groupus privacy requests resume {request.Id}"));
        });
    }
}
