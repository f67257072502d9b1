using System.Diagnostics;
using System.Globalization;
using Groupus.FaxGateway.Benchmarks;
using Groupus.Fax.Modems.Class1;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.Modems.Serial;

// Fax gateway benchmarks (not tests: Stopwatch is fine here).
//   codec <pages.tif> [repetitions] [rounds]   our MH/MR/MMR encode and decode beside the system libtiff in-process, same
//                                              pages and bytes, alternated; prints a Markdown table (see InProcessCodecComparison)
//   decode-loop <pages.tif> <MH|MR|MMR> <reps>  only our decoder, reps times over the pages (a target for dotnet-trace)
//   sparse-page <out.tif>                      writes the sparse standard test page (uncompressed-equivalent MH TIFF)
//   send <device> <number> <page.tif>          Class1Fax.SendAsync of the TIFF's pages; prints "seconds <s> success <bool>"
return args.FirstOrDefault() switch
{
    "codec" => InProcessCodecComparison.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5),
    "decode-loop" => DecodeLoop(args[1], Enum.Parse<FaxEncoding>(args[2], ignoreCase: true), int.Parse(args[3], CultureInfo.InvariantCulture)),
    "sparse-page" => SparsePageFile(args[1]),
    "send" => await SendAsync(args[1], args[2], args[3]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: codec <pages.tif> [repetitions] [rounds] | sparse-page <out.tif> | send <device> <number> <page.tif>");
    return 2;
}

static int DecodeLoop(string path, FaxEncoding encoding, int repetitions)
{
    var pages = FaxTiffReader.Read(path);
    var coded = pages.Select(p => FaxPageCodec.Encode(p, new FaxEncoderOptions { Width = p.Width, Encoding = encoding, K = 4 })).ToArray();
    var options = pages.Select(p => new FaxDecoderOptions { Width = p.Width, Encoding = encoding, MaximumRows = p.Height, ExpectedRows = p.Height }).ToArray();
    var watch = Stopwatch.StartNew();
    for (int r = 0; r < repetitions; r++)
    {
        for (int i = 0; i < pages.Count; i++)
        {
            FaxPageCodec.Decode(coded[i], options[i]);
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{repetitions * pages.Count / watch.Elapsed.TotalSeconds:F0} pages/s"));
    return 0;
}

static int SparsePageFile(string path)
{
    FaxTiffWriter.Write(path, [SparsePage()]);
    return 0;
}

static async Task<int> SendAsync(string device, string number, string path)
{
    var pages = FaxTiffReader.Read(path);
    var progress = new Progress<FaxProgress>(p => Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} [{p.Phase}] {p.Message}"));
    using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(6));
    var watch = Stopwatch.StartNew();
    await using var port = SerialModemPort.Open(device, new ModemPortOptions());
    var result = await new Class1Fax().SendAsync(port, number, pages, new FaxLineOptions { LocalIdentity = "+1 1001" }, progress, limit.Token);
    watch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seconds {watch.Elapsed.TotalSeconds:F2} success {result.Success}"));
    Console.Error.WriteLine(result);
    return result.Success ? 0 : 1;
}

// The same page as the real-peer tests' TestDocuments.SparsePage (copied: benchmarks do not reference the test project).
static FaxPage SparsePage()
{
    const int height = 1143;
    var page = new FaxPage(FaxPageWidth.A4, height, FaxPageWidth.HorizontalDpi, (double)FaxVerticalResolution.Standard);
    Fill(page, 100, 60, 1628, 64);
    Fill(page, 100, height - 64, 1628, height - 60);
    Fill(page, 100, 60, 104, height - 60);
    Fill(page, 1624, 60, 1628, height - 60);
    for (var bar = 0; bar < 12; bar++)
    {
        var top = 200 + (bar * (height / 16));
        Fill(page, 200, top, 200 + (bar * 100) + 150, top + 8);
    }

    for (var y = 120; y < height - 120; y++)
    {
        var x = 300 + (int)((long)(y - 120) * 1100 / (height - 240));
        Fill(page, x, y, x + 3, y + 1);
    }

    return page;
}

static void Fill(FaxPage page, int left, int top, int right, int bottom)
{
    for (var y = Math.Max(0, top); y < Math.Min(page.Height, bottom); y++)
    {
        var row = page.GetRow(y);
        for (var x = Math.Max(0, left); x < Math.Min(page.Width, right); x++)
        {
            row[x >> 3] |= (byte)(0x80 >> (x & 7));
        }
    }
}
