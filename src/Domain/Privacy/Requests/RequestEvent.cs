using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>One line of a request's history: when, who (kind and id), what happened, and why when a reason was given.</summary>
public sealed class RequestEvent : Entity
{
    private RequestEvent()
    {
    }

    public Guid RequestId { get; private set; }

    public DateTime AtUtc { get; private set; }

    [NotPersonalData("principal kind and id, never a name")]
    public string Actor { get; private set; } = "";

    [NotPersonalData("an event code")]
    public string What { get; private set; } = "";

    [NotPersonalData("staff's reason; the notes policy forbids personal data")]
    public string? Reason { get; private set; }

    internal static RequestEvent Of(Guid requestId, DateTime atUtc, string actor, string what, string? reason) => new()
    {
        Id = Guid.CreateVersion7(),
        RequestId = requestId,
        AtUtc = atUtc,
        Actor = actor,
        What = what,
        Reason = reason,
    };
}
