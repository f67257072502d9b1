namespace Groupus.FaxGateway.Link;

/// <summary>
/// Whether the link is up, and how long the core still honours our leases. Every message written on a registered link
/// renews every lease the gateway holds; a job is given up once its lease has gone unrenewed for longer than the lease
/// less a safety margin, so the gateway has stopped before the core hands the job to another line.
/// </summary>
internal sealed class LeaseClock(CoreLinkOptions options, TimeProvider time)
{
    private readonly object _gate = new();
    private bool _registered;
    private TimeSpan _leaseDuration = TimeSpan.FromMinutes(2);
    private DateTimeOffset _lastRenewal = DateTimeOffset.MinValue;

    public bool IsRegistered
    {
        get
        {
            lock (_gate)
            {
                return _registered;
            }
        }
    }

    public TimeSpan LeaseDuration
    {
        get
        {
            lock (_gate)
            {
                return _leaseDuration;
            }
        }
    }

    public void Registered(TimeSpan? leaseDuration)
    {
        lock (_gate)
        {
            if (leaseDuration is { } lease && lease > TimeSpan.Zero)
            {
                _leaseDuration = lease;
            }

            _registered = true;
            _lastRenewal = time.GetUtcNow();
        }
    }

    public void Renewed()
    {
        lock (_gate)
        {
            _lastRenewal = time.GetUtcNow();
        }
    }

    public void Disconnected()
    {
        lock (_gate)
        {
            _registered = false;
        }
    }

    public bool HasLapsed(JobLease job)
    {
        lock (_gate)
        {
            var renewed = job.AssignedAt > _lastRenewal ? job.AssignedAt : _lastRenewal;
            return time.GetUtcNow() - renewed > _leaseDuration * (1 - options.LeaseSafetyMargin);
        }
    }
}
