namespace Groupus.FaxGateway.Link;

/// <summary>A job as the core leased it to one of our lines, and when we got it (a lease runs at least from then).</summary>
internal sealed record JobLease(string JobId, string LeaseId, string LineId, DateTimeOffset AssignedAt);
