using System.IO.Ports;

namespace Groupus.Fax.Modems.Serial;

/// <summary>A modem on a serial device (or a pseudo-terminal path) through System.IO.Ports.</summary>
public sealed class SerialModemPort : IModemPort
{
    private readonly SerialPort _port;
    private readonly Stream _stream;

    private SerialModemPort(SerialPort port)
    {
        _port = port;
        _stream = port.BaseStream;
    }

    public string Name => _port.PortName;

    public static SerialModemPort Open(string device, ModemPortOptions options)
    {
        var port = new SerialPort(device, options.BaudRate, Parity.None, 8, StopBits.One)
        {
            Handshake = options.FlowControl switch
            {
                FlowControl.Hardware => Handshake.RequestToSend,
                FlowControl.Software => Handshake.XOnXOff,
                _ => Handshake.None,
            },
            ReadTimeout = SerialPort.InfiniteTimeout,
            WriteTimeout = 10_000,
        };
        if (options.UseDtr)
        {
            port.DtrEnable = true;
        }

        if (options.UseRts && options.FlowControl != FlowControl.Hardware)
        {
            port.RtsEnable = true;
        }

        try
        {
            port.Open();
        }
        catch (UnauthorizedAccessException denied) when (IsMissing(device))
        {
            // System.IO.Ports reports every failed open(2) as "access denied", a missing device included.
            port.Dispose();
            throw new FileNotFoundException($"The device {device} does not exist.", device, denied);
        }
        catch
        {
            port.Dispose();
            throw;
        }

        return new SerialModemPort(port);
    }

    // A dangling link (a pseudo-terminal whose socat has gone) is as missing as no path at all.
    private static bool IsMissing(string device)
    {
        try
        {
            return !File.Exists(device) || File.ResolveLinkTarget(device, returnFinalTarget: true) is { Exists: false };
        }
        catch (IOException)
        {
            return false;
        }
    }

    public Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) => _stream.WriteAsync(data, cancellationToken).AsTask();

    public Task<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken) => _stream.ReadAsync(buffer, cancellationToken).AsTask();

    public void DiscardInput() => _port.DiscardInBuffer();

    public ValueTask DisposeAsync()
    {
        _port.Dispose();
        return ValueTask.CompletedTask;
    }
}
