using Groupus.Fax.Modems.Serial;

namespace Groupus.Fax.Modems.Class2;

/// <summary>
/// The state of one call, fed with the modem's reports in the order they arrive. The driver decides its next
/// command from it: nothing here talks to the modem.
/// </summary>
public sealed class Class2CallState(Class2Vocabulary vocabulary)
{
    private PostPageResponse? _pageStatus;

    public Class2Phase Phase { get; private set; } = Class2Phase.Idle;

    public string? RemoteIdentity { get; private set; }

    /// <summary>The remote receiver's capabilities (+FIS / +FDIS), when reported.</summary>
    public Class2SessionParameters? RemoteCapabilities { get; private set; }

    /// <summary>The parameters in force (+FCS / +FDCS).</summary>
    public Class2SessionParameters? Session { get; private set; }

    /// <summary>The post-page message last reported by a receiving modem (+FET).</summary>
    public PostPageMessage? LastPostPageMessage { get; private set; }

    public HangupStatus? Hangup { get; private set; }

    public bool HasEnded => Phase == Class2Phase.Ended;

    public void BeginCall() => Phase = Class2Phase.Calling;

    public void BeginPageData() => Phase = Class2Phase.PageData;

    /// <summary>Feeds every information line of a reply.</summary>
    public void Feed(ModemReply reply)
    {
        foreach (var line in reply.Lines)
        {
            Apply(Class2Report.Parse(line, vocabulary));
        }
    }

    public void Apply(Class2Report report)
    {
        switch (report)
        {
            case Class2Report.Connected:
                Phase = Class2Phase.Connected;
                break;
            case Class2Report.RemoteIdentity identity:
                RemoteIdentity = identity.Identity;
                break;
            case Class2Report.RemoteCapabilities capabilities:
                RemoteCapabilities = capabilities.Parameters;
                break;
            case Class2Report.SessionNegotiated session:
                Session = session.Parameters;
                if (Phase == Class2Phase.Calling)
                {
                    Phase = Class2Phase.Connected;
                }

                break;
            case Class2Report.PageStatus status:
                _pageStatus = status.Response;
                Phase = Class2Phase.PostPage;
                break;
            case Class2Report.PostPage message:
                LastPostPageMessage = message.Message;
                Phase = Class2Phase.PostPage;
                break;
            case Class2Report.HungUp hungUp:
                Hangup = hungUp.Status;
                Phase = Class2Phase.Ended;
                break;
        }
    }

    /// <summary>The post-page response reported since the last call, if any.</summary>
    public PostPageResponse? TakePageStatus()
    {
        var status = _pageStatus;
        _pageStatus = null;
        return status;
    }
}
