using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class ShowRequestCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();

    public ShowRequestCommand(CommandRunner runner)
        : base("show", "A request's status, deadline and days left, steps, referrals and history (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = await client.Privacy.GetRequestAsync(new GetRequestRequest { RequestId = context.Get(requestId) });
            context.Output.Show(request, RequestView.Of(request, context.Time));
        });
    }
}
