using System.Text;
using Groupus.Fax.Modems.Serial;
using Xunit.Abstractions;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>A modem port that writes what goes each way (printable text, long binary runs summarised) to the test output.</summary>
internal sealed class TracingModemPort(IModemPort inner, ITestOutputHelper output) : IModemPort
{
    public string Name => inner.Name;

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        Trace("->", data.Span);
        await inner.WriteAsync(data, cancellationToken);
    }

    public async Task<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var count = await inner.ReadAsync(buffer, cancellationToken);
        Trace("<-", buffer.Span[..count]);
        return count;
    }

    public void DiscardInput() => inner.DiscardInput();

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private void Trace(string direction, ReadOnlySpan<byte> data)
    {
        var text = new StringBuilder();
        var shown = Math.Min(data.Length, 48);
        foreach (var octet in data[..shown])
        {
            text.Append(octet is >= 0x20 and < 0x7F ? ((char)octet).ToString() : $"<{octet:X2}>");
        }

        if (shown < data.Length)
        {
            text.Append($"… ({data.Length} octets)");
        }

        try
        {
            output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {direction} {text}");
        }
        catch (InvalidOperationException)
        {
        }
    }
}
