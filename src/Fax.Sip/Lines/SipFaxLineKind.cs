namespace Groupus.Fax.Sip.Lines;

public enum SipFaxLineKind
{
    Ata,
    Trunk,
}
