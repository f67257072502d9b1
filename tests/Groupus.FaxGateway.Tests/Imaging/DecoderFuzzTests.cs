using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;

namespace Groupus.FaxGateway.Tests.Imaging;

/// <summary>
/// Fuzzing with fixed seeds: <see cref="FaxDecoder"/> fed random bytes and damaged valid pages (bit flips, truncations,
/// duplicated and deleted spans) in every coding and fill order must not throw, must end, must stay within MaximumRows
/// and must allocate a bounded amount; <see cref="FaxTiffReader"/> fed random and damaged TIFF files may only reject
/// them with <see cref="InvalidDataException"/> or <see cref="NotSupportedException"/>.
/// </summary>
public sealed class DecoderFuzzTests
{
    private const int Width = FaxPageWidth.A4;
    private const int MaximumRows = 400;

    // A decode of at most MaximumRows rows of 216 bytes plus the decoder's own state; far above what a clean decode takes.
    private const long AllocationCapPerDecode = 4 * 1024 * 1024;

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static TheoryData<FaxEncoding, FillOrder> Codings => new()
    {
        { FaxEncoding.Mh, FillOrder.MsbFirst },
        { FaxEncoding.Mh, FillOrder.LsbFirst },
        { FaxEncoding.Mr, FillOrder.MsbFirst },
        { FaxEncoding.Mr, FillOrder.LsbFirst },
        { FaxEncoding.Mmr, FillOrder.MsbFirst },
        { FaxEncoding.Mmr, FillOrder.LsbFirst },
    };

    [Theory]
    [MemberData(nameof(Codings))]
    public void Random_bytes_decode_without_throwing_within_the_row_limit(FaxEncoding encoding, FillOrder fillOrder)
    {
        RunWithin(() =>
        {
            var random = new Random(1000 + ((int)encoding * 10) + (int)fillOrder);
            for (int i = 0; i < 1500; i++)
            {
                var data = new byte[random.Next(0, 2048)];
                random.NextBytes(data);
                if (i % 3 == 0)
                {
                    // Mostly zero bytes with a few set bits: long runs of EOL-like fill, the decoder's slow path.
                    Array.Clear(data);
                    for (int k = 0; k < data.Length / 64; k++)
                    {
                        data[random.Next(data.Length)] = (byte)(1 << random.Next(8));
                    }
                }

                DecodeChecked(data, encoding, fillOrder, random.Next(2) == 0);
            }
        });
    }

    [Theory]
    [MemberData(nameof(Codings))]
    public void Damaged_valid_pages_decode_without_throwing_within_the_row_limit(FaxEncoding encoding, FillOrder fillOrder)
    {
        RunWithin(() =>
        {
            var pages = new[] { TestPages.TextLike(seed: 7, height: 300), TestPages.RandomNoise(seed: 8, height: 40, blackFraction: 0.3), TestPages.LineAndFrame(Width, 60) };
            var valid = pages
                .Select(p => FaxPageCodec.Encode(p, new FaxEncoderOptions { Encoding = encoding, FillOrder = fillOrder, K = 4 }))
                .ToArray();
            var random = new Random(2000 + ((int)encoding * 10) + (int)fillOrder);
            for (int i = 0; i < 1500; i++)
            {
                var data = Mutate(valid[i % valid.Length], random);
                DecodeChecked(data, encoding, fillOrder, false);
            }
        });
    }

    [Fact]
    public void Random_bytes_given_to_the_tiff_reader_are_rejected_with_InvalidDataException_or_NotSupportedException() => ReadRandomTiffBytes();


    private static void ReadRandomTiffBytes()
    {
        RunWithin(() =>
        {
            var random = new Random(3000);
            for (int i = 0; i < 500; i++)
            {
                var data = new byte[random.Next(0, 600)];
                random.NextBytes(data);
                if (i % 2 == 0 && data.Length >= 8)
                {
                    // A plausible header so that LibTiff goes on to the directory.
                    "II*\0"u8.CopyTo(data);
                    BitConverter.TryWriteBytes(data.AsSpan(4), random.Next(8, data.Length));
                }

                ReadTiffChecked(data);
            }
        });
    }

    [Fact]
    public void Damaged_fax_tiff_files_are_read_or_rejected_with_InvalidDataException_or_NotSupportedException() => ReadDamagedTiffFiles();


    private static void ReadDamagedTiffFiles()
    {
        RunWithin(() =>
        {
            var page = TestPages.TextLike(seed: 9, height: 200);
            var files = new List<byte[]>();
            foreach (var encoding in new[] { FaxEncoding.Mh, FaxEncoding.Mr, FaxEncoding.Mmr })
            {
                foreach (var fillOrder in new[] { FillOrder.MsbFirst, FillOrder.LsbFirst })
                {
                    using var stream = new MemoryStream();
                    FaxTiffWriter.Write(stream, [page, TestPages.LineAndFrame(Width, 40)], new FaxTiffWriteOptions { Encoding = encoding, FillOrder = fillOrder });
                    files.Add(stream.ToArray());
                }
            }

            var random = new Random(4000);
            for (int i = 0; i < 600; i++)
            {
                var data = Mutate(files[i % files.Count], random);
                ReadTiffChecked(data);
            }
        });
    }

    private static void DecodeChecked(byte[] data, FaxEncoding encoding, FillOrder fillOrder, bool byteAligned)
    {
        var options = new FaxDecoderOptions
        {
            Width = Width,
            Encoding = encoding,
            FillOrder = fillOrder,
            ByteAlignedRowsWithoutEol = byteAligned && encoding == FaxEncoding.Mh,
            MaximumRows = MaximumRows,
        };
        long before = GC.GetAllocatedBytesForCurrentThread();
        var decoder = new FaxDecoder(data, options);
        var row = new byte[(Width + 7) / 8];
        int rows = 0;
        while (decoder.ReadRow(row) != FaxRowResult.EndOfPage)
        {
            rows++;
            Assert.True(rows <= MaximumRows, $"{encoding}/{fillOrder}: more than {MaximumRows} rows from {data.Length} bytes");
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < AllocationCapPerDecode, $"{encoding}/{fillOrder}: {allocated} bytes allocated decoding {data.Length} bytes");
        Assert.Equal(rows, decoder.Statistics.TotalRows);
    }

    private static void ReadTiffChecked(byte[] data)
    {
        try
        {
            using var stream = new MemoryStream(data, writable: false);
            var pages = FaxTiffReader.Read(stream);
            Assert.All(pages, p => Assert.InRange(p.Height, 0, 32768));
        }
        catch (InvalidDataException)
        {
        }
        catch (NotSupportedException)
        {
        }
    }

    /// <summary>
    /// Exceptions that FaxTiffReader lets through today from damaged files (found by these tests; a defect of the reader,
    /// which should wrap them in InvalidDataException): LibTiff.NET's OverflowException from Tiff.fetchDirectory on a
    /// directory with a huge entry count or offset, OverflowException from Convert.ToInt32 on a huge tag value, and
    /// ArgumentOutOfRangeException from MemoryStream.Seek on an offset past 2^31.
    /// </summary>

    /// <summary>One to three damages: bit flips, a truncation, a duplicated span, a deleted span, a zeroed span.</summary>
    private static byte[] Mutate(byte[] valid, Random random)
    {
        var data = (byte[])valid.Clone();
        int damages = random.Next(1, 4);
        for (int d = 0; d < damages && data.Length > 1; d++)
        {
            switch (random.Next(5))
            {
                case 0:
                    for (int k = random.Next(1, 9); k > 0; k--)
                    {
                        data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    data = data[..random.Next(data.Length)];
                    break;
                case 2:
                    {
                        int start = random.Next(data.Length);
                        int length = random.Next(1, Math.Min(512, data.Length - start) + 1);
                        int at = random.Next(data.Length + 1);
                        data = [.. data[..at], .. data.AsSpan(start, length), .. data[at..]];
                        break;
                    }

                case 3:
                    {
                        int start = random.Next(data.Length);
                        int length = random.Next(1, Math.Min(256, data.Length - start) + 1);
                        data = [.. data[..start], .. data[(start + length)..]];
                        break;
                    }

                default:
                    {
                        int start = random.Next(data.Length);
                        int length = random.Next(1, Math.Min(64, data.Length - start) + 1);
                        data.AsSpan(start, length).Fill(random.Next(2) == 0 ? (byte)0 : (byte)0xFF);
                        break;
                    }
            }
        }

        return data;
    }

    /// <summary>Runs the loop on its own thread so that a decoder that never returns fails the test instead of hanging it.</summary>
    private static void RunWithin(Action body)
    {
        var task = Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(Limit), $"the fuzz loop did not finish within {Limit.TotalSeconds} s: a decoder or reader hangs");
        task.GetAwaiter().GetResult();
    }
}
