using System.Threading.Channels;

namespace Groupus.FaxGateway.Emulation;

/// <summary>Bytes the driver wrote to the emulated modem, pumped off the pseudo-terminal by a background loop.</summary>
internal sealed class DteInput
{
    private readonly Channel<byte[]> _chunks = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private byte[] _current = [];
    private int _offset;

    public void Add(byte[] chunk) => _chunks.Writer.TryWrite(chunk);

    public void Complete() => _chunks.Writer.TryComplete();

    /// <summary>The next byte, or -1 when the terminal has gone.</summary>
    public async ValueTask<int> ReadByteAsync(CancellationToken cancellationToken)
    {
        while (_offset >= _current.Length)
        {
            if (!await _chunks.Reader.WaitToReadAsync(cancellationToken))
            {
                return -1;
            }

            if (_chunks.Reader.TryRead(out var chunk))
            {
                _current = chunk;
                _offset = 0;
            }
        }

        return _current[_offset++];
    }
}
