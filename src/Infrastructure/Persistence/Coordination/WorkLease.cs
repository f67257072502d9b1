using Groupus.Domain.Common;

namespace Groupus.Infrastructure.Persistence.Coordination;

/// <summary>Which node may run a singleton job (a sweeper, the request resumer) until when.</summary>
public sealed class WorkLease
{
    [NotPersonalData("the job's name")]
    public string Job { get; set; } = "";

    [NotPersonalData("the holding node's name and process instance")]
    public string Holder { get; set; } = "";

    public DateTime ExpiresAtUtc { get; set; }
}
