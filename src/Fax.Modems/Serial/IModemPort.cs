namespace Groupus.Fax.Modems.Serial;

/// <summary>
/// A byte stream to a modem: a real serial port, one end of a pseudo-terminal pair, or a software modem.
/// Drivers speak to this, never to System.IO.Ports directly. Every read takes a cancellation token that
/// carries its deadline: a silent modem is never waited on forever.
/// </summary>
public interface IModemPort : IAsyncDisposable
{
    string Name { get; }

    Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Reads at least one byte, or returns 0 when the port has closed.</summary>
    Task<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Drops whatever the modem sent that nobody has read yet (before a reset or a new command).</summary>
    void DiscardInput();
}
