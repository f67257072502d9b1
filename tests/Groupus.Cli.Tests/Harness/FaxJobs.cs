using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Fax.V1;

namespace Groupus.Cli.Tests.Harness;

/// <summary>Fax jobs as the server reports them at each step of a send.</summary>
public static class FaxJobs
{
    public const string JobId = "0193f0aa-0000-7000-8000-000000000001";
    public const string OrganisationId = "0193f0aa-0000-7000-8000-0000000000aa";
    public const string To = "+442079460000";

    public static FaxJob Ready(int pages = 2)
    {
        var job = new FaxJob
        {
            JobId = JobId,
            OrganisationId = OrganisationId,
            To = To,
            State = FaxJobState.Ready,
            Resolution = FaxResolution.Standard,
            PageCount = pages,
            MaxTries = 3,
            SubmittedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 28, 9, 29, 0, TimeSpan.Zero)),
        };
        job.Pages.AddRange(Enumerable.Range(1, pages).Select(page => new FaxPageRecord { PageNumber = page }));
        return job;
    }

    /// <summary>On the line, <paramref name="page"/> being transferred and the pages before it confirmed.</summary>
    public static FaxJob Sending(int page, int pages = 2)
    {
        var job = Ready(pages);
        job.State = FaxJobState.Active;
        job.Tries = 1;
        job.Phase = FaxCallPhase.Transferring;
        job.CurrentPage = page;
        job.RemoteId = "+44 20 7946 0000";
        for (var confirmed = 1; confirmed < page; confirmed++)
        {
            Confirm(job, confirmed);
        }

        return job;
    }

    public static FaxJob Done(int pages = 2)
    {
        var job = Sending(pages, pages);
        Confirm(job, pages);
        job.State = FaxJobState.Done;
        job.Phase = FaxCallPhase.Unspecified;
        job.CurrentPage = 0;
        job.CompletedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 28, 9, 31, 0, TimeSpan.Zero));
        job.Attempts.Add(new FaxAttempt { Number = 1, Outcome = FaxCallOutcome.Success, FirstPage = 1, PagesConfirmed = pages });
        return job;
    }

    public static FaxJob Failed()
    {
        var job = Ready();
        job.State = FaxJobState.Failed;
        job.Tries = 3;
        job.LastErrorCode = "NO_ANSWER";
        job.LastError = "The number did not answer.";
        job.Pages[0].Retries = 2;
        job.Pages[0].Error = "The receiver refused the page (RTN).";
        job.Attempts.Add(new FaxAttempt { Number = 3, Outcome = FaxCallOutcome.NoAnswer, ErrorCode = "NO_ANSWER", FirstPage = 1 });
        return job;
    }

    public static FaxJob Cancelled()
    {
        var job = Ready();
        job.State = FaxJobState.Cancelled;
        job.LastErrorCode = "CANCELLED";
        job.LastError = "Cancelled before it was sent.";
        return job;
    }

    private static void Confirm(FaxJob job, int page)
    {
        job.Pages[page - 1].Sent = true;
        job.Pages[page - 1].Confirmed = true;
        job.Pages[page - 1].BitRate = 14400;
        job.Pages[page - 1].Ecm = true;
        job.PagesConfirmed = page;
    }
}
