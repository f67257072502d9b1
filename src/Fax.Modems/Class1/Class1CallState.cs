namespace Groupus.Fax.Modems.Class1;

/// <summary>Where the modem stands when the T.30 session starts.</summary>
public enum Class1CallState
{
    /// <summary>ATD gave CONNECT: the modem is receiving V.21 flags, as though +FRH=3 had been given.</summary>
    Dialled,
    /// <summary>ATA gave CONNECT: CED is done and the modem sends V.21 flags, as though +FTH=3 had been given.</summary>
    Answered,
}
