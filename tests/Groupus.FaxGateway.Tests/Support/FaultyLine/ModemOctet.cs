namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>What one octet from the modem is, as the <see cref="AtStreamObserver"/> sees it.</summary>
internal enum ModemOctet
{
    /// <summary>Part of a result line (OK, CONNECT, NO CARRIER …) or the CR/LF around it.</summary>
    Text,

    /// <summary>Shielded data after CONNECT to a receive command, DLE escapes included.</summary>
    Data,

    /// <summary>The ETX of the DLE ETX that ends the data.</summary>
    EndOfData,
}
