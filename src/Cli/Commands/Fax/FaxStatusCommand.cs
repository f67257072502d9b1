using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Cli.Commands.Fax;

internal sealed class FaxStatusCommand : Command
{
    private readonly Argument<string> jobId = FaxArguments.JobId();

    public FaxStatusCommand(CommandRunner runner)
        : base("status", "One fax job with its pages and tries (customers; admin, fax-operator, support)")
    {
        Arguments.Add(jobId);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var job = await client.Fax.GetFaxJobAsync(new GetFaxJobRequest { JobId = context.Get(jobId) });
            context.Output.Show(job, FaxJobDetails.Of(job, context.Time));
        });
    }
}
