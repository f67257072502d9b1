using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using Microsoft.Extensions.Options;

namespace Groupus.UnitTests.Fax;

public sealed class FaxRenderSchedulerTests
{
    private static readonly Guid Alpha = Guid.NewGuid();
    private static readonly Guid Bravo = Guid.NewGuid();

    [Fact]
    public async Task A_freed_slot_goes_to_the_organisations_in_turn_so_one_fax_does_not_wait_behind_a_burst()
    {
        var scheduler = Scheduler(concurrent: 1, waiting: 20, perOrganisation: 10);
        var running = await EnterAsync(scheduler, Alpha);
        var waiting = Enumerable.Range(0, 10).Select(_ => (Organisation: Alpha, Entry: scheduler.EnterAsync(Alpha, CancellationToken.None))).ToList();
        waiting.Add((Bravo, scheduler.EnterAsync(Bravo, CancellationToken.None)));

        var served = new List<Guid>();
        var slot = running;
        while (waiting.Count > 0)
        {
            Assert.All(waiting, w => Assert.False(w.Entry.IsCompleted));
            slot.Dispose();
            var next = await Task.WhenAny(waiting.Select(w => w.Entry));
            var granted = waiting.Single(w => w.Entry == next);
            waiting.Remove(granted);
            served.Add(granted.Organisation);
            slot = (await next).Value;
        }

        slot.Dispose();
        Assert.Equal([Alpha, Bravo, .. Enumerable.Repeat(Alpha, 9)], served);
        Assert.Equal((0, 0), scheduler.Load);
    }

    [Fact]
    public async Task With_every_slot_taken_and_no_waiting_allowed_the_next_render_is_refused_as_busy()
    {
        var scheduler = Scheduler(concurrent: 1, waiting: 0, perOrganisation: 4);
        using var running = await EnterAsync(scheduler, Alpha);

        var refused = await scheduler.EnterAsync(Bravo, CancellationToken.None);

        Assert.Equal(ErrorKind.ResourceExhausted, refused.Error?.Kind);
        Assert.Equal("FAX_RENDERING_BUSY", refused.Error?.Code);
        Assert.Contains("busy", refused.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renders_up_to_the_limit_run_at_once_and_the_next_waits_for_a_slot()
    {
        var scheduler = Scheduler(concurrent: 2, waiting: 1, perOrganisation: 1);
        using var first = await EnterAsync(scheduler, Alpha);
        var second = await EnterAsync(scheduler, Alpha);
        var third = scheduler.EnterAsync(Bravo, CancellationToken.None);

        Assert.False(third.IsCompleted);
        Assert.Equal((2, 1), scheduler.Load);
        second.Dispose();
        using var granted = (await third).Value;
        Assert.Equal((2, 0), scheduler.Load);
    }

    [Fact]
    public async Task One_organisation_cannot_fill_the_waiting_line_for_everyone()
    {
        var scheduler = Scheduler(concurrent: 1, waiting: 10, perOrganisation: 2);
        using var running = await EnterAsync(scheduler, Alpha);
        var alphaWaiting = new[] { scheduler.EnterAsync(Alpha, CancellationToken.None), scheduler.EnterAsync(Alpha, CancellationToken.None) };

        var alphaRefused = await scheduler.EnterAsync(Alpha, CancellationToken.None);
        var bravoWaiting = scheduler.EnterAsync(Bravo, CancellationToken.None);

        Assert.Equal("FAX_RENDERING_BUSY", alphaRefused.Error?.Code);
        Assert.Contains("Your organisation", alphaRefused.Error?.Message, StringComparison.Ordinal);
        Assert.False(bravoWaiting.IsCompleted);
        Assert.All(alphaWaiting, entry => Assert.False(entry.IsCompleted));
    }

    [Fact]
    public async Task A_render_given_up_while_waiting_leaves_the_line_and_the_slot_goes_to_the_next()
    {
        var scheduler = Scheduler(concurrent: 1, waiting: 10, perOrganisation: 10);
        var running = await EnterAsync(scheduler, Alpha);
        using var cancel = new CancellationTokenSource();
        var abandoned = scheduler.EnterAsync(Alpha, cancel.Token);
        var next = scheduler.EnterAsync(Bravo, CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal((1, 1), scheduler.Load);
        running.Dispose();

        using var granted = (await next).Value;
        Assert.Equal((1, 0), scheduler.Load);
    }

    private static FaxRenderScheduler Scheduler(int concurrent, int waiting, int perOrganisation) =>
        new(Options.Create(new FaxDocumentLimits
        {
            MaximumConcurrentRenders = concurrent,
            MaximumWaitingRenders = waiting,
            MaximumWaitingRendersPerOrganisation = perOrganisation,
        }));

    private static async Task<FaxRenderSlot> EnterAsync(FaxRenderScheduler scheduler, Guid organisation)
    {
        var entered = await scheduler.EnterAsync(organisation, CancellationToken.None);
        Assert.True(entered.IsSuccess, entered.Error?.Message);
        return entered.Value;
    }
}
