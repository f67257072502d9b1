using System.Net;
using Groupus.Sip.Messages;
using Groupus.Sip.Registrar;

namespace Groupus.Fax.Sip.Lines;

/// <summary>
/// The configured lines: which one a call comes in on (an ATA by its user in From, a trunk by the address in the top
/// Via) and where a call on a line goes (the ATA's registered contact, or the trunk's address).
/// </summary>
public sealed class SipFaxLines(SipFaxOptions options)
{
    /// <summary>The line an INVITE came in on; null for a caller we do not know (403).</summary>
    public SipFaxLine? Inbound(SipRequest invite)
    {
        if (invite.From?.Uri.User is { } user && options.Accounts.FirstOrDefault(a => a.User == user) is { } account)
        {
            return Line(account);
        }

        var via = invite.TopVia;
        var source = via?.Received ?? via?.Host;
        return options.Trunks.FirstOrDefault(t => string.Equals(t.Host, source, StringComparison.OrdinalIgnoreCase)) is { } trunk
            ? Line(trunk)
            : null;
    }

    /// <summary>Where a call to <paramref name="number"/> on the named line goes; null when the line is unknown or its ATA is not registered.</summary>
    public OutboundRoute? Outbound(string line, string number, SipRegistrar registrar)
    {
        if (options.Accounts.FirstOrDefault(a => a.Line == line) is { } account)
        {
            return registrar.Lookup(account.User).OrderByDescending(b => b.ExpiresAt).FirstOrDefault() is { } binding
                && SipUri.TryParse(binding.Contact, out var contact) && IPAddress.TryParse(contact.Host.Trim('[', ']'), out var address)
                ? new OutboundRoute(Line(account), contact, new IPEndPoint(address, contact.Port ?? 5060))
                : null;
        }

        if (options.Trunks.FirstOrDefault(t => t.Line == line) is { } trunk && IPAddress.TryParse(trunk.Host, out var trunkAddress))
        {
            return new OutboundRoute(Line(trunk), SipUri.Create(number, trunk.Host, trunk.Port), new IPEndPoint(trunkAddress, trunk.Port));
        }

        return null;
    }

    private SipFaxLine Line(AtaAccount account) => new(account.Line, SipFaxLineKind.Ata, account.T38 ?? options.T38);

    private SipFaxLine Line(SipTrunk trunk) => new(trunk.Line, SipFaxLineKind.Trunk, trunk.T38 ?? options.T38);
}
