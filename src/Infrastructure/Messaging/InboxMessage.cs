using Groupus.Domain.Common;

namespace Groupus.Infrastructure.Messaging;

/// <summary>Proof that a handler already applied an event: written with the handler's own changes.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    [NotPersonalData("the handler's type name")]
    public string Handler { get; set; } = "";

    public DateTime ProcessedAtUtc { get; set; }
}
