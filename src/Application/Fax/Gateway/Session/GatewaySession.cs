using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Gateway.FinishFaxTry;
using Groupus.Application.Fax.Gateway.Links;
using Groupus.Application.Fax.Gateway.RecordFaxProgress;
using Groupus.Application.Fax.Gateway.RegisterGatewayLines;
using Groupus.Application.Fax.Gateway.RenewGatewayLeases;
using Groupus.Domain.Fax;

namespace Groupus.Application.Fax.Gateway.Session;

/// <summary>
/// The core's side of one gateway's link, from registration to disconnection: its lines join the registry, what it
/// reports goes to the use cases, a report on a lease it no longer holds is answered "lease lost", and its leases are
/// renewed while it is heard from. A failure returned ends the link.
/// </summary>
public sealed class GatewaySession
{
    private readonly IGatewayCommands _commands;
    private readonly IFaxGatewayLink _link;
    private readonly FaxGatewayRegistry _registry;
    private readonly IFaxQueueSignal _queue;
    private readonly FaxOptions _options;
    private readonly TimeProvider _clock;
    private SessionConnection? _connection;
    private GatewayLeaseRenewal? _renewal;

    internal GatewaySession(IGatewayCommands commands, IFaxGatewayLink link, FaxGatewayRegistry registry, IFaxQueueSignal queue, FaxOptions options, TimeProvider clock)
    {
        _commands = commands;
        _link = link;
        _registry = registry;
        _queue = queue;
        _options = options;
        _clock = clock;
    }

    /// <summary>
    /// Registers the gateway's lines and the calls it says it is still on. It is told its id first, then which of those
    /// calls it lost; the others keep their lines busy.
    /// </summary>
    public async Task<Result> OpenAsync(IReadOnlyList<GatewayLineRegistration> lines, IReadOnlyList<HeldCall> heldCalls)
    {
        var registered = await _commands.SendAsync(
            new RegisterGatewayLinesCommand(lines, [.. heldCalls.Select(call => new HeldLease(call.JobId, call.LeaseId))]));
        if (!registered.IsSuccess)
        {
            return registered.Error!;
        }

        var registration = registered.Value;
        var connection = new SessionConnection(registration.GatewayId, _link);
        connection.TrySend(new FaxGatewayRegistered(registration.GatewayId, _options.LeaseDuration, _options.HeartbeatInterval));
        foreach (var lost in registration.LostLeases)
        {
            connection.TrySend(new FaxLeaseLost(lost.JobId, lost.LeaseId));
        }

        _registry.Connect(connection, registration.Lines.Select(line => (line.LineId, line.CanSend)));
        foreach (var held in heldCalls.Where(call => !registration.LostLeases.Any(lost => lost.JobId == call.JobId)))
        {
            _registry.SetLineStatus(registration.GatewayId, held.LineId, FaxLineStatus.Busy);
        }

        _connection = connection;
        _renewal = new GatewayLeaseRenewal(_options.HeartbeatInterval, _clock.GetUtcNow());
        return Result.Success();
    }

    /// <summary>A line went idle, busy or out of service; an idle line may take a job at once.</summary>
    public Task<Result> LineStateChangedAsync(string lineId, FaxLineStatus status)
    {
        _registry.SetLineStatus(Connection.GatewayId, lineId, status);
        _queue.JobsChanged();
        return RenewIfDueAsync();
    }

    public async Task<Result> ProgressAsync(RecordFaxProgressCommand progress)
    {
        var recorded = await _commands.SendAsync(progress);
        return LeaseLostOr(recorded.Error, progress.JobId, progress.LeaseId) ?? await RenewIfDueAsync();
    }

    public async Task<Result> FinishedAsync(FinishFaxTryCommand finished)
    {
        var recorded = await _commands.SendAsync(finished);
        return LeaseLostOr(recorded.Error, finished.JobId, finished.LeaseId) ?? await RenewIfDueAsync();
    }

    public async Task<Result> HeartbeatAsync()
    {
        var renewed = await _commands.SendAsync(new RenewGatewayLeasesCommand());
        if (!renewed.IsSuccess)
        {
            return renewed.Error!;
        }

        Renewal.Renewed(_clock.GetUtcNow());
        return Result.Success();
    }

    /// <summary>The link ended: its lines leave the registry (unless a newer link of the same gateway replaced it).</summary>
    public void Close()
    {
        if (_connection is { } connection)
        {
            _registry.Disconnect(connection);
        }
    }

    private SessionConnection Connection => _connection ?? throw new InvalidOperationException("The session is not open.");

    private GatewayLeaseRenewal Renewal => _renewal ?? throw new InvalidOperationException("The session is not open.");

    private async Task<Result> RenewIfDueAsync() => Renewal.IsDueAt(_clock.GetUtcNow()) ? await HeartbeatAsync() : Result.Success();

    /// <summary>
    /// A report on a lease the gateway no longer holds is answered, not failed: the gateway stops that job and the link
    /// goes on. Null when the report was recorded.
    /// </summary>
    private Result? LeaseLostOr(Error? error, Guid jobId, Guid leaseId)
    {
        if (error is null)
        {
            return null;
        }

        if (error.Code != GatewayErrors.LeaseLostCode)
        {
            return error;
        }

        Connection.TrySend(new FaxLeaseLost(jobId, leaseId));
        return null;
    }
}
