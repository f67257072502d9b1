using Grpc.Core;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Errors;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Fax;

/// <summary>
/// Follows a job with WatchFaxJob until it is done, failed or cancelled: redrawn in place at a terminal, otherwise a line
/// per change (JSON Lines with --output json). Ctrl+C stops following; the job itself carries on.
/// </summary>
internal sealed class FaxJobFollower(CommandContext context, GroupusClient client)
{
    /// <returns>The job as it was last reported.</returns>
    public async Task<FaxJob> FollowAsync(FaxJob current)
    {
        try
        {
            if (!context.Output.CanRedraw)
            {
                context.Output.ShowForPeople(Say.Line("Following the job; Ctrl+C stops following, the fax job carries on."));
                var lines = new FaxProgressLines();
                return await WatchAsync(current, job => context.Output.ShowChange(job, lines.Describe(job)));
            }

            var last = current;
            await context.Output.RedrawAsync(FaxProgressView.Of(current, context.Time), async live =>
                last = await WatchAsync(current, job =>
                {
                    live.UpdateTarget(FaxProgressView.Of(job, context.Time));
                    live.Refresh();
                }));
            return last;
        }
        catch (Exception exception) when (context.CancellationToken.IsCancellationRequested && IsCancellation(exception))
        {
            throw new CliFailure(ExitCodes.Cancelled,
                $"Stopped watching. Fax job {current.JobId} was not cancelled; watch it again with: groupus fax watch {current.JobId}");
        }
    }

    private async Task<FaxJob> WatchAsync(FaxJob current, Action<FaxJob> show)
    {
        show(current);
        // Following lasts as long as the fax does, so the --timeout deadline does not apply.
        using var call = client.Fax.WatchFaxJob(new GetFaxJobRequest { JobId = current.JobId }, deadline: DateTime.MaxValue);
        await foreach (var job in call.ResponseStream.ReadAllAsync(context.CancellationToken))
        {
            if (!job.Equals(current))
            {
                show(job);
                current = job;
            }
        }

        return current;
    }

    private static bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException || exception is RpcException { StatusCode: StatusCode.Cancelled };
}
