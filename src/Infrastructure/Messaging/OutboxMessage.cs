using Groupus.Domain.Common;

namespace Groupus.Infrastructure.Messaging;

/// <summary>An integration event written in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The event's contract name, e.g. Groupus.Contracts.Visitors.VisitorArrived.</summary>
    [NotPersonalData("the event's type name")]
    public string Type { get; set; } = "";

    // Integration events carry ids, numbers and codes; an event must not carry what a subject's key seals (a visitor's
    // name), since outbox rows are not sealed.
    [PersonalData(PersonalDataCategory.Identification, PersonalDataCategory.Professional)]
    public string Payload { get; set; } = "";

    public DateTime OccurredAtUtc { get; set; }

    public DateTime? ProcessedAtUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAtUtc { get; set; }

    /// <summary>The exception type of the last failure; never its message, which may quote personal data.</summary>
    [NotPersonalData("the failure's exception type name only")]
    public string? LastError { get; set; }
}
