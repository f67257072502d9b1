namespace Groupus.Fax.T38;

/// <summary>One T.38 internet facsimile protocol packet (<c>IFPPacket</c>): an indicator or data.</summary>
public abstract record IfpPacket;
