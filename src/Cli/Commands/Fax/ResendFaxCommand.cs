using System.CommandLine;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Fax;

internal sealed class ResendFaxCommand : Command
{
    private readonly Argument<string> jobId = FaxArguments.JobId();
    private readonly Option<string> to = FaxArguments.Number("Send to this number instead [default: the same number]", required: false);

    public ResendFaxCommand(CommandRunner runner)
        : base("resend", "Send a fax job's pages again as a new job (customers; admin, fax-operator)")
    {
        Arguments.Add(jobId);
        Options.Add(to);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var job = await client.Fax.ResendFaxJobAsync(new ResendFaxJobRequest { JobId = context.Get(jobId), To = context.TextOrEmpty(to) });
            context.Output.Show(job,
                Say.Line($"Fax job {job.JobId} queued: {FaxText.Pages(job.PageCount)} to {job.To}."),
                Say.Line($"Follow it with: groupus fax watch {job.JobId}"));
        });
    }
}
