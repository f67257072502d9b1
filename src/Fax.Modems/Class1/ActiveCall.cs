using Groupus.Fax.Imaging;
using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class1;

/// <summary>What a call in progress has got so far, so a call cut short by a dead modem still reports it.</summary>
internal sealed class ActiveCall
{
    public T30Session? Session { get; set; }

    public List<FaxPage> ReceivedPages { get; } = [];

    /// <summary>RING lines the modem sent before the wait for a call began (while it was being checked).</summary>
    public int RingsHeard { get; set; }

    /// <summary>The session so far as a result: the pages already reported, error <see cref="T30Error.LineDropped"/>.</summary>
    public T30SessionResult? Interrupted(string detail) =>
        Session is not { } session
            ? null
            : new T30SessionResult(
                session.Role,
                T30Error.LineDropped,
                detail,
                session.Pages.Count(p => p.Accepted),
                session.Pages,
                session.RemoteIdentity,
                session.Parameters);
}
