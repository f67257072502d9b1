namespace Groupus.Infrastructure.Messaging;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Off only for tests and maintenance: events then wait in the outbox until it is on again.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a node owns a message it took for delivery (docs/scaling.md): other nodes leave it alone until then, so
    /// a node that dies mid-delivery delays the message by this much (the inbox keeps a late second delivery harmless).
    /// </summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Delivered events (which may quote personal data) and inbox records are deleted after this long.</summary>
    public TimeSpan ProcessedRetention { get; set; } = TimeSpan.FromDays(7);
}
