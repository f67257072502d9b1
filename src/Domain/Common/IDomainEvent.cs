namespace Groupus.Domain.Common;

/// <summary>Something that happened inside an aggregate that the rest of its module may react to.</summary>
public interface IDomainEvent
{
    DateTime OccurredAtUtc { get; }
}
