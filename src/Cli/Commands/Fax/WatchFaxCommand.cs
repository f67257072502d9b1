using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Cli.Commands.Fax;

internal sealed class WatchFaxCommand : Command
{
    private readonly Argument<string> jobId = FaxArguments.JobId();

    public WatchFaxCommand(CommandRunner runner)
        : base("watch", "Follow a fax job until it is done, failed or cancelled (exit 0, 11 or 12) (customers; admin, fax-operator, support)")
    {
        Arguments.Add(jobId);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var job = await client.Fax.GetFaxJobAsync(new GetFaxJobRequest { JobId = context.Get(jobId) });
            FaxJobEnd.Check(await new FaxJobFollower(context, client).FollowAsync(job));
        });
    }
}
