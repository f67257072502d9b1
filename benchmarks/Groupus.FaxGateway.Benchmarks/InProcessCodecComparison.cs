using System.Buffers;
using System.Globalization;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;

namespace Groupus.FaxGateway.Benchmarks;

/// <summary>
/// Our MH/MR/MMR codec beside the system libtiff, both in this process, on the same pages and the same coded bytes
/// (libtiff's strips: TIFF G3 1-D, G3 2-D, G4, FillOrder 1, no RTC). Every repetition times ours over all pages then
/// libtiff over all pages (the order swapped each repetition), so both see the same machine load; a round adds the
/// repetitions up, and the figures are the medians over rounds of pages per CPU second of this thread and of the
/// per-round ratio ours / libtiff. Our decode is timed as libtiff's is used: a reused decoder into the caller's buffer
/// (FaxDecoder.Reset + ReadPage); FaxPageCodec.Decode, which allocates each page, is shown beside it.
/// </summary>
internal static class InProcessCodecComparison
{
    private static readonly (string Name, FaxEncoding Encoding)[] Codings =
        [("MH (G3 1-D)", FaxEncoding.Mh), ("MR (G3 2-D)", FaxEncoding.Mr), ("MMR (G4)", FaxEncoding.Mmr)];

    public static int Run(string pagesPath, int repetitions, int rounds)
    {
        if (!NativeLibTiff.Supported)
        {
            Console.Error.WriteLine("The in-process libtiff reference needs Linux on x86-64 (libtiff.so.6, Debian libtiff6).");
            return 1;
        }

        NativeLibTiff.SetWarningHandler(0);
        var pages = FaxTiffReader.Read(pagesPath);
        var scratch = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var directory = Directory.CreateDirectory(Path.Combine(scratch, "fax-codec-" + Environment.ProcessId)).FullName;
        try
        {
            Console.WriteLine("| coding | ours encode | libtiff encode | encode ratio | ours decode | libtiff decode | decode ratio | ours decode allocates per page | ours decode to a new FaxPage | its ratio |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var (name, encoding) in Codings)
            {
                var row = Measure(pages, encoding, directory, repetitions, rounds);
                if (row is null)
                {
                    return 1;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {row.Value.OursEncode:F0} | {row.Value.LibTiffEncode:F0} | {row.Value.EncodeRatio:F2}× | {row.Value.OursDecode:F0} | {row.Value.LibTiffDecode:F0} | {row.Value.DecodeRatio:F2}× | {row.Value.DecodeBytesPerPage:N0} B | {row.Value.OursNewPage:F0} | {row.Value.NewPageRatio:F2}× |"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Figures? Measure(IReadOnlyList<FaxPage> pages, FaxEncoding encoding, string directory, int repetitions, int rounds)
    {
        var reference = pages.Select((p, i) => new LibTiffPage(p, encoding, directory, $"{encoding}-{i}")).ToArray();
        try
        {
            var encoderOptions = pages.Select(p => new FaxEncoderOptions
            {
                Width = p.Width,
                Encoding = encoding,
                K = p.YResolution > 150 ? 4 : 2,
                WriteEndOfPage = encoding == FaxEncoding.Mmr, // libtiff ends a G4 strip with EOFB and a G3 strip with nothing
            }).ToArray();
            var decoderOptions = pages.Select(p => new FaxDecoderOptions
            {
                Width = p.Width,
                Encoding = encoding,
                MaximumRows = Math.Max(p.Height, 1),
                ExpectedRows = p.Height,
            }).ToArray();
            if (!Check(reference, encoderOptions, decoderOptions, encoding))
            {
                return null;
            }

            var output = new ArrayBufferWriter<byte>(1 << 20);
            var decoder = new FaxDecoder(reference[0].Coded, decoderOptions[0]);
            var pixels = new byte[pages.Max(p => p.Stride * p.Height)];
            var samples = new List<(double OursEncode, double LibTiffEncode, double OursDecode, double LibTiffDecode, double OursNewPage)>();
            long allocated = 0;
            for (int round = 0; round < rounds; round++)
            {
                var times = new double[5];
                for (int r = 0; r < repetitions; r++)
                {
                    bool oursFirst = ((round * repetitions) + r) % 2 == 0;
                    for (int side = 0; side < 2; side++)
                    {
                        bool ours = (side == 0) == oursFirst;
                        if (ours)
                        {
                            times[0] += Time(() =>
                            {
                                for (int i = 0; i < reference.Length; i++)
                                {
                                    output.ResetWrittenCount();
                                    FaxPageCodec.Encode(reference[i].Page, encoderOptions[i], output);
                                }
                            });
                            long before = GC.GetAllocatedBytesForCurrentThread();
                            times[2] += Time(() =>
                            {
                                for (int i = 0; i < reference.Length; i++)
                                {
                                    decoder.Reset(reference[i].Coded, decoderOptions[i]);
                                    decoder.ReadPage(pixels);
                                }
                            });
                            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / reference.Length;
                            times[4] += Time(() =>
                            {
                                for (int i = 0; i < reference.Length; i++)
                                {
                                    FaxPageCodec.Decode(reference[i].Coded, decoderOptions[i]);
                                }
                            });
                        }

                        else
                        {
                            times[1] += Time(() =>
                            {
                                foreach (var page in reference)
                                {
                                    page.Encode();
                                }
                            });
                            times[3] += Time(() =>
                            {
                                foreach (var page in reference)
                                {
                                    page.Decode();
                                }
                            });
                        }
                    }
                }

                double count = (double)repetitions * reference.Length;
                samples.Add((count / times[0], count / times[1], count / times[2], count / times[3], count / times[4]));
            }

            return new Figures(
                Median(samples.Select(s => s.OursEncode)),
                Median(samples.Select(s => s.LibTiffEncode)),
                Median(samples.Select(s => s.OursEncode / s.LibTiffEncode)),
                Median(samples.Select(s => s.OursDecode)),
                Median(samples.Select(s => s.LibTiffDecode)),
                Median(samples.Select(s => s.OursDecode / s.LibTiffDecode)),
                allocated,
                Median(samples.Select(s => s.OursNewPage)),
                Median(samples.Select(s => s.OursNewPage / s.LibTiffDecode)));
        }
        finally
        {
            foreach (var page in reference)
            {
                page.Dispose();
            }
        }
    }

    // Both decoders give the page back from libtiff's bytes; our encoding is checked to decode through libtiff's path too
    // by comparing it with libtiff's own bytes (a difference is reported, not fatal: two valid codings may differ).
    private static bool Check(LibTiffPage[] reference, FaxEncoderOptions[] encoderOptions, FaxDecoderOptions[] decoderOptions, FaxEncoding encoding)
    {
        for (int i = 0; i < reference.Length; i++)
        {
            var page = reference[i];
            page.Decode();
            if (!page.Decoded.SequenceEqual(page.Pixels))
            {
                Console.Error.WriteLine($"{encoding}: libtiff does not give page {i + 1} back");
                return false;
            }

            var ours = FaxPageCodec.Decode(page.Coded, decoderOptions[i]);
            if (!ours.Page.PixelsEqual(page.Page) || ours.Statistics.BadRows != 0)
            {
                Console.Error.WriteLine($"{encoding}: our decoder does not give page {i + 1} back from libtiff's strip");
                return false;
            }

            var pixels = new byte[page.Pixels.Length];
            var decoder = new FaxDecoder(page.Coded, decoderOptions[i]);
            if (decoder.ReadPage(pixels) != page.Page.Height || !pixels.AsSpan().SequenceEqual(page.Pixels))
            {
                Console.Error.WriteLine($"{encoding}: FaxDecoder.ReadPage does not give page {i + 1} back from libtiff's strip");
                return false;
            }

            var encoded = FaxPageCodec.Encode(page.Page, encoderOptions[i]);
            if (!encoded.AsSpan().SequenceEqual(page.Coded))
            {
                Console.Error.WriteLine($"{encoding}: page {i + 1}: our coding ({encoded.Length} B) differs from libtiff's ({page.Coded.Length} B)");
            }
        }

        return true;
    }

    // CPU seconds of this thread: the figures are pages per CPU second, which a loaded machine disturbs far less than
    // pages per wall second.
    private static double Time(Action action)
    {
        double start = ThreadCpuClock.Seconds();
        action();
        return ThreadCpuClock.Seconds() - start;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private readonly record struct Figures(
        double OursEncode, double LibTiffEncode, double EncodeRatio, double OursDecode, double LibTiffDecode, double DecodeRatio, long DecodeBytesPerPage,
        double OursNewPage, double NewPageRatio);
}
