using System.Net;
using Groupus.Sip.Messages;
using Groupus.Sip.Transactions;

namespace Groupus.Sip.Dialogs;

/// <summary>
/// A dialog (§12): its id, our and the peer's CSeq, the route set (from Record-Route; reversed at the caller), the remote
/// target (the peer's Contact, refreshed by re-INVITE and UPDATE), and what in-dialog requests are built from.
/// Loose routing only (<c>;lr</c>): strict-routing proxies are not supported.
/// </summary>
public sealed class SipDialog
{
    private SipDialog(DialogId id, bool isCaller, NameAddress local, NameAddress remote, SipUri remoteTarget, IReadOnlyList<string> routeSet, long localSeq, long remoteSeq, IPEndPoint remoteEndPoint)
    {
        Id = id;
        IsCaller = isCaller;
        Local = local;
        Remote = remote;
        RemoteTarget = remoteTarget;
        RouteSet = routeSet;
        LocalSeq = localSeq;
        RemoteSeq = remoteSeq;
        RemoteEndPoint = remoteEndPoint;
    }

    public DialogId Id { get; }

    /// <summary>True at the side that sent the initial INVITE (and so chose the Call-ID).</summary>
    public bool IsCaller { get; }

    public NameAddress Local { get; }

    public NameAddress Remote { get; }

    public SipUri RemoteTarget { get; private set; }

    public IReadOnlyList<string> RouteSet { get; }

    public long LocalSeq { get; private set; }

    /// <summary>The highest CSeq the peer used in the dialog; -1 before its first request.</summary>
    public long RemoteSeq { get; private set; }

    /// <summary>Where the peer's messages last came from; used when the remote target is not an IP address.</summary>
    public IPEndPoint RemoteEndPoint { get; internal set; }

    public DialogState State { get; internal set; } = DialogState.Confirmed;

    /// <summary>Our session description, repeated unchanged for a peer's session refresh.</summary>
    public (string ContentType, ReadOnlyMemory<byte> Body)? LocalSession { get; internal set; }

    /// <summary>True while our re-INVITE waits for its final response (a peer's re-INVITE meanwhile is glare: 491).</summary>
    public bool OutgoingInvitePending { get; internal set; }

    /// <summary>True while the peer's re-INVITE in this dialog has no final response from us.</summary>
    internal bool IncomingInvitePending { get; set; }

    /// <summary>The ACK sent for the last 2xx to our INVITE, sent again for its retransmissions.</summary>
    internal (long CSeq, SipRequest Ack)? LastAck { get; set; }

    /// <summary>The UAS's 2xx retransmission until its ACK (§13.3.1.4).</summary>
    internal TransactionTimer? Pending2xx { get; set; }

    /// <summary>The dialog of a UAS that answered an INVITE 2xx with <paramref name="localTag"/>.</summary>
    public static SipDialog ForCallee(SipRequest invite, SipResponse ok, IPEndPoint source)
    {
        var remote = invite.From!;
        var local = ok.To!;
        var target = invite.Contacts.FirstOrDefault()?.Uri ?? remote.Uri;
        return new SipDialog(
            new DialogId(invite.CallId!, local.Tag!, remote.Tag ?? string.Empty), false, local, remote, target,
            invite.Headers.GetAll(SipHeaderNames.RecordRoute), 0, invite.CSeq!.Number, source);
    }

    /// <summary>The dialog of a UAC whose INVITE got this 2xx: the route set is the Record-Route in reverse.</summary>
    public static SipDialog ForCaller(SipRequest invite, SipResponse ok, IPEndPoint source)
    {
        var local = invite.From!;
        var remote = ok.To!;
        var target = ok.Contacts.FirstOrDefault()?.Uri ?? remote.Uri;
        return new SipDialog(
            new DialogId(invite.CallId!, local.Tag!, remote.Tag ?? string.Empty), true, local, remote, target,
            [.. ok.Headers.GetAll(SipHeaderNames.RecordRoute).Reverse()], invite.CSeq!.Number, -1, source);
    }

    /// <summary>
    /// §12.2.1.1: a request in the dialog: Request-URI the remote target, Route the route set, the next local CSeq (an
    /// ACK takes the INVITE's number, passed as <paramref name="cseq"/>); the caller adds the Via.
    /// </summary>
    public SipRequest CreateRequest(string method, SipUri localContact, long? cseq = null)
    {
        long number = cseq ?? ++LocalSeq;
        var headers = SipHeaders.Empty
            .Add(SipHeaderNames.MaxForwards, "70")
            .Add(SipHeaderNames.From, Local.ToString())
            .Add(SipHeaderNames.To, Remote.ToString())
            .Add(SipHeaderNames.CallId, Id.CallId)
            .Add(SipHeaderNames.CSeq, new CSeq(number, method).ToString());
        foreach (var route in RouteSet)
        {
            headers = headers.Add(SipHeaderNames.Route, route);
        }

        if (method is SipMethods.Invite or SipMethods.Update)
        {
            headers = headers.Add(SipHeaderNames.Contact, $"<{localContact}>");
        }

        return new SipRequest(method, RemoteTarget.ToString(), headers);
    }

    /// <summary>Where in-dialog requests go: the first route, else the remote target, else where the peer last sent from.</summary>
    public IPEndPoint NextHop()
    {
        var uri = RouteSet.Count > 0 && NameAddress.TryParse(RouteSet[0], out var route) ? route.Uri : RemoteTarget;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)
            ? new IPEndPoint(address, uri.Port ?? Transport.ResponseRouting.DefaultPort)
            : RemoteEndPoint;
    }

    /// <summary>
    /// §12.2.2: accepts the peer's request's CSeq (false when lower than one already seen: answer 500) and, for a target
    /// refresh (re-INVITE, UPDATE), its new Contact.
    /// </summary>
    internal bool AcceptRemote(SipRequest request)
    {
        var number = request.CSeq!.Number;
        if (request.Method != SipMethods.Ack)
        {
            if (RemoteSeq >= 0 && number < RemoteSeq)
            {
                return false;
            }

            RemoteSeq = number;
        }

        if (request.Method is SipMethods.Invite or SipMethods.Update && request.Contacts.FirstOrDefault() is { } contact)
        {
            RemoteTarget = contact.Uri;
        }

        return true;
    }
}
