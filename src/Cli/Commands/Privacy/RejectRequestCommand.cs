using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class RejectRequestCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();
    private readonly Option<string> reason = PrivacyArguments.Reason("Why it is rejected (told to the person; audited)");

    public RejectRequestCommand(CommandRunner runner)
        : base("reject", "Reject a request, with the reason (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        Options.Add(reason);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = await client.Privacy.RejectRequestAsync(new RejectRequestRequest { RequestId = context.Get(requestId), Reason = context.Get(reason) });
            context.Output.Show(request, Say.Line($"Request {request.Id} rejected: {request.RejectionReason}"));
        });
    }
}
