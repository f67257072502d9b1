namespace Groupus.Infrastructure.Visitors;

/// <summary>
/// A counter bumped in the same transaction as every change to a visit. Readers compare it with the value their
/// cached copy was read at: one tiny query tells whether the cache still holds, on every server node.
/// </summary>
public sealed class VisitorsChangeStamp
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}
