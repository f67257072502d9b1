namespace Groupus.Fax.T30;

/// <summary>A page cut into ECM frames (64 or 256 octets) grouped in partial pages (blocks) of up to 256 frames.</summary>
internal sealed class EcmPage
{
    public const int MaxFramesPerBlock = 256;
    private readonly ReadOnlyMemory<byte> data;
    private readonly int frameSize;

    public EcmPage(ReadOnlyMemory<byte> data, int frameSize)
    {
        this.data = data;
        this.frameSize = frameSize;
        var frames = Math.Max(1, (data.Length + frameSize - 1) / frameSize);
        BlockCount = (frames + MaxFramesPerBlock - 1) / MaxFramesPerBlock;
        TotalFrames = frames;
    }

    public int BlockCount { get; }

    public int TotalFrames { get; }

    public int FramesInBlock(int block) => Math.Min(MaxFramesPerBlock, TotalFrames - (block * MaxFramesPerBlock));

    /// <summary>FCD frame <paramref name="frame"/> of <paramref name="block"/>: FIF = frame number, then image octets.</summary>
    public T30Frame FcdFrame(int block, int frame)
    {
        var offset = ((block * MaxFramesPerBlock) + frame) * frameSize;
        var length = Math.Clamp(data.Length - offset, 0, frameSize);
        var fif = new byte[1 + length];
        fif[0] = (byte)frame;
        data.Span.Slice(offset, length).CopyTo(fif.AsSpan(1));
        return new T30Frame(FacsimileControlField.FCD, fif, isFinal: false);
    }
}
