using System.Globalization;

namespace Groupus.Fax.Modems.Class2;

/// <summary>An information line from a Class 2 / 2.0 modem, parsed: what the driver's state machine is fed with.</summary>
public abstract record Class2Report
{
    /// <summary>Parses a line; lines that are not fax reports become <see cref="OtherLine"/>.</summary>
    public static Class2Report Parse(string line, Class2Vocabulary vocabulary)
    {
        // Flow-control characters (DC1/DC3) can precede a line when +FLO=1.
        line = line.Trim('\x11', '\x13', ' ');
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? line : line[..colon];
        var value = colon < 0 ? string.Empty : line[(colon + 1)..].Trim();

        if (name == vocabulary.ConnectedReport)
        {
            return new Connected();
        }

        if (name == vocabulary.SessionReport && Class2SessionParameters.TryParse(value, out var session))
        {
            return new SessionNegotiated(session);
        }

        if (name == vocabulary.RemoteCapabilitiesReport && Class2SessionParameters.TryParse(value, out var remote))
        {
            return new RemoteCapabilities(remote);
        }

        if (name == vocabulary.CalledIdReport || name == vocabulary.CallingIdReport)
        {
            return new RemoteIdentity(value.Trim('"').Trim());
        }

        if (name == vocabulary.PageStatusReport
            && int.TryParse(value.Split(',')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ppr))
        {
            return new PageStatus((PostPageResponse)ppr);
        }

        if (name == vocabulary.PostPageReport
            && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ppm))
        {
            return new PostPage((PostPageMessage)(ppm & 3));
        }

        if (name == vocabulary.HangupReport && HangupStatus.Parse(value, vocabulary.HexadecimalHangupCodes) is { } status)
        {
            return new HungUp(status);
        }

        return new OtherLine(line);
    }

    /// <summary>+FCO / +FCON: the fax connection is up.</summary>
    public sealed record Connected : Class2Report;

    /// <summary>+FCS / +FDCS: the parameters in force.</summary>
    public sealed record SessionNegotiated(Class2SessionParameters Parameters) : Class2Report;

    /// <summary>+FIS / +FDIS reported by the DCE: the remote's capabilities.</summary>
    public sealed record RemoteCapabilities(Class2SessionParameters Parameters) : Class2Report;

    /// <summary>+FCI/+FTI (+FCSI/+FTSI): the remote station's identity.</summary>
    public sealed record RemoteIdentity(string Identity) : Class2Report;

    /// <summary>+FPS / +FPTS: the post-page response.</summary>
    public sealed record PageStatus(PostPageResponse Response) : Class2Report;

    /// <summary>+FET: the post-page message the remote sent.</summary>
    public sealed record PostPage(PostPageMessage Message) : Class2Report;

    /// <summary>+FHS / +FHNG: the call is over.</summary>
    public sealed record HungUp(HangupStatus Status) : Class2Report;

    public sealed record OtherLine(string Text) : Class2Report;
}
