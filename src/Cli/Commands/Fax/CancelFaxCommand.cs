using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Fax;

internal sealed class CancelFaxCommand : Command
{
    private readonly Argument<string> jobId = FaxArguments.JobId();

    public CancelFaxCommand(CommandRunner runner)
        : base("cancel", "Cancel a fax job; one being sent is hung up after the current page (customers: owner, admin, the member who sent it; admin, fax-operator)")
    {
        Arguments.Add(jobId);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var job = await client.Fax.CancelFaxJobAsync(new CancelFaxJobRequest { JobId = context.Get(jobId) });
            context.Output.Show(job, Say.Line(job.State == FaxJobState.Cancelled
                ? $"Cancelled fax job {job.JobId} ({FaxText.Confirmed(job)})."
                : $"Fax job {job.JobId} is being sent: it will be hung up after the current page. Follow it with: groupus fax watch {job.JobId}"));
        });
    }
}
