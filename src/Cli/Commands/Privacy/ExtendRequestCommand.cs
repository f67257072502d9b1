using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class ExtendRequestCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();
    private readonly Option<int> days = new("--days") { Description = "Days to add to the deadline", Required = true, HelpName = "N" };
    private readonly Option<string> reason = PrivacyArguments.Reason("Why more time is needed (required; audited)");

    public ExtendRequestCommand(CommandRunner runner)
        : base("extend", "Extend a request's deadline, with a reason (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        Options.Add(days);
        Options.Add(reason);
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--days must be a positive number of days.");
            }
        });
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = await client.Privacy.ExtendRequestAsync(new ExtendRequestRequest { RequestId = context.Get(requestId), Days = context.Get(days), Reason = context.Get(reason) });
            context.Output.Show(request, Say.Line($"Request {request.Id} is now due {context.Time.Full(request.DueAt)} ({RequestView.Deadline(request)})."));
        });
    }
}
