using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class ResumeRequestCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();

    public ResumeRequestCommand(CommandRunner runner)
        : base("resume", "The person answered: the deadline clock runs again (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = await client.Privacy.ResumeRequestAsync(new ResumeRequestRequest { RequestId = context.Get(requestId) });
            context.Output.Show(request, Say.Line($"Request {request.Id} resumed; now due {context.Time.Full(request.DueAt)} ({RequestView.Deadline(request)})."));
        });
    }
}
