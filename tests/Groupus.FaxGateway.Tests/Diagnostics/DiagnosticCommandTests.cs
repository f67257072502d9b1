using Groupus.FaxGateway.Diagnostics;
using Groupus.FaxGateway.Emulation;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.Modems.Lines;
using Groupus.FaxGateway.Tests.Imaging;

namespace Groupus.FaxGateway.Tests.Diagnostics;

/// <summary>The probe, send and receive commands run in-process against emulated modems on real pseudo-terminals.</summary>
public sealed class DiagnosticCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly EmulatedTelephoneNetwork _network = new() { RingInterval = TimeSpan.FromMilliseconds(50), RingsBeforeNoAnswer = 400 };

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Probe_prints_the_manufacturer_the_model_and_the_fax_classes()
    {
        await using var modem = Class2ModemEmulator.Start(_network, "1001",
            new Class2ModemEmulatorOptions { Manufacturer = "Acme Fax", Model = "AF-2000", Revision = "3.1" });

        var run = await RunAsync("probe", "--device", modem.DevicePath);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Manufacturer:  Acme Fax", run.Output);
        Assert.Contains("Model:         AF-2000", run.Output);
        Assert.Contains("Revision:      3.1", run.Output);
        Assert.Contains("Fax classes:   0, 2, 2.0", run.Output);
        Assert.Contains("Drivable:      2.0, 2", run.Output);
    }

    [Fact]
    public async Task Probe_through_the_Class_2_driver_answers_the_same()
    {
        await using var modem = Class2ModemEmulator.Start(_network, "1001", new Class2ModemEmulatorOptions { Model = "AF-2000" });

        var run = await RunAsync("probe", "--device", modem.DevicePath, "--class", "2");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Model:         AF-2000", run.Output);
    }

    [Fact]
    public async Task Probing_a_silent_modem_exits_with_7()
    {
        await using var modem = Class2ModemEmulator.Start(_network, "1001", new Class2ModemEmulatorOptions { Silent = true });

        var run = await RunAsync("probe", "--device", modem.DevicePath, "--command-timeout", "1");

        Assert.Equal(ExitCodes.ModemNotResponding, run.ExitCode);
        Assert.Contains("did not answer", run.Error);
    }

    [Fact]
    public async Task A_device_that_does_not_exist_exits_with_7()
    {
        var run = await RunAsync("probe", "--device", _directory.File("no-such-tty"));

        Assert.Equal(ExitCodes.ModemNotResponding, run.ExitCode);
        Assert.Contains("Cannot open", run.Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_missing_device_is_reported_as_missing_not_as_access_denied(bool danglingLink)
    {
        var device = _directory.File("ttyGone");
        if (danglingLink)
        {
            File.CreateSymbolicLink(device, _directory.File("pty-that-socat-took-away"));
        }

        var run = await RunAsync("probe", "--device", device);

        Assert.Equal(ExitCodes.ModemNotResponding, run.ExitCode);
        Assert.Contains($"The device {device} does not exist", run.Error);
        Assert.DoesNotContain("denied", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Send_and_receive_exit_0_and_the_received_TIFF_holds_the_sent_pixels()
    {
        await using var sender = Class2ModemEmulator.Start(_network, "1001");
        await using var receiver = Class2ModemEmulator.Start(_network, "1002");
        FaxPage[] pages = [TestPages.TextLike(21, height: 300, yResolution: 196), TestPages.TextLike(22, height: 150, yResolution: 98)];
        var file = WriteTiff(pages);
        var outDirectory = _directory.File("in");

        var receiving = RunAsync("receive", "--device", receiver.DevicePath, "--out", outDirectory, "--rings", "1", "--wait", "30", "--local-id", "+44 1002");
        var sent = await RunAsync("send", "--device", sender.DevicePath, "--number", "1002", "--local-id", "+44 1001", file);
        var received = await receiving;

        Assert.Equal(ExitCodes.Success, sent.ExitCode);
        Assert.Equal(ExitCodes.Success, received.ExitCode);
        Assert.Contains("Using fax class 2.0", sent.Output);
        Assert.Contains("Remote ID:     \"+44 1002\"", sent.Output);
        Assert.Contains("Negotiated:    standard resolution, 14400 bit/s", sent.Output);
        Assert.Contains("MCF, 300 rows, 0 bad, 0 retries, Fine, 14400 bit/s, MR", sent.Output);
        Assert.Contains("Page 1", sent.Output);
        Assert.Contains("Page 2", received.Output);
        Assert.Contains("Exit code:     0", sent.Output);
        var saved = Assert.Single(Directory.GetFiles(outDirectory, "*.tif"));
        var savedPages = FaxTiffReader.Read(saved);
        Assert.Equal(2, savedPages.Count);
        Assert.True(savedPages[0].PixelsEqual(pages[0]));
        Assert.True(savedPages[1].PixelsEqual(pages[1]));
    }

    [Fact]
    public async Task Sending_to_a_busy_line_exits_with_3()
    {
        _network.MarkBusy("2000");
        await using var sender = Class2ModemEmulator.Start(_network, "1001");

        var run = await RunAsync("send", "--device", sender.DevicePath, "--number", "2000", WriteTiff([TestPages.AllWhite()]));

        Assert.Equal(ExitCodes.Busy, run.ExitCode);
        Assert.Contains("Result:        Busy", run.Output);
    }

    [Fact]
    public async Task Sending_to_a_line_nobody_answers_exits_with_4()
    {
        var network = new EmulatedTelephoneNetwork { RingInterval = TimeSpan.FromMilliseconds(10), RingsBeforeNoAnswer = 3 };
        network.MarkUnanswered("2000");
        await using var sender = Class2ModemEmulator.Start(network, "1001");

        var run = await RunAsync("send", "--device", sender.DevicePath, "--number", "2000", WriteTiff([TestPages.AllWhite()]));

        Assert.Equal(ExitCodes.NoAnswer, run.ExitCode);
    }

    [Fact]
    public async Task Sending_to_a_number_without_a_fax_exits_with_5()
    {
        await using var sender = Class2ModemEmulator.Start(_network, "1001");

        var run = await RunAsync("send", "--device", sender.DevicePath, "--number", "9999", WriteTiff([TestPages.AllWhite()]));

        Assert.Equal(ExitCodes.NoCarrier, run.ExitCode);
    }

    [Fact]
    public async Task A_remote_hang_up_in_the_only_page_exits_with_6_and_names_the_FHS_code()
    {
        await using var sender = Class2ModemEmulator.Start(_network, "1001");
        await using var receiver = Class2ModemEmulator.Start(_network, "1002", new Class2ModemEmulatorOptions { HangUpAfterPageBytes = 1 });

        var receiving = RunAsync("receive", "--device", receiver.DevicePath, "--out", _directory.File("in"), "--rings", "1", "--wait", "30");
        var sent = await RunAsync("send", "--device", sender.DevicePath, "--number", "1002", WriteTiff([TestPages.RandomNoise(3, height: 200, blackFraction: 0.1)]));
        var received = await receiving;

        Assert.Equal(ExitCodes.ProtocolFailure, sent.ExitCode);
        Assert.Contains("Hang-up:       FHS 54: No response to EOP repeated three times", sent.Output);
        Assert.Equal(ExitCodes.ProtocolFailure, received.ExitCode);
    }

    [Fact]
    public async Task A_remote_hang_up_after_the_first_page_exits_with_8_on_both_sides()
    {
        await using var sender = Class2ModemEmulator.Start(_network, "1001");
        await using var receiver = Class2ModemEmulator.Start(_network, "1002", new Class2ModemEmulatorOptions { HangUpAfterPageBytes = 5000 });
        var file = WriteTiff([TestPages.AllWhite(height: 20), TestPages.RandomNoise(4, height: 300, blackFraction: 0.1)]);

        var receiving = RunAsync("receive", "--device", receiver.DevicePath, "--out", _directory.File("in"), "--rings", "1", "--wait", "30");
        var sent = await RunAsync("send", "--device", sender.DevicePath, "--number", "1002", file);
        var received = await receiving;

        Assert.Equal(ExitCodes.Partial, sent.ExitCode);
        Assert.Equal(ExitCodes.Partial, received.ExitCode);
        Assert.Single(Directory.GetFiles(_directory.File("in"), "*.tif"));
    }

    [Fact]
    public async Task A_remote_hang_up_during_page_2_of_3_accounts_for_every_page_of_the_document()
    {
        await using var sender = Class2ModemEmulator.Start(_network, "1001");
        await using var receiver = Class2ModemEmulator.Start(_network, "1002", new Class2ModemEmulatorOptions { HangUpAfterPageBytes = 5000 });
        var file = WriteTiff([TestPages.AllWhite(height: 20), TestPages.RandomNoise(4, height: 300, blackFraction: 0.1), TestPages.AllWhite(height: 30)]);

        var receiving = RunAsync("receive", "--device", receiver.DevicePath, "--out", _directory.File("in"), "--rings", "1", "--wait", "30");
        var sent = await RunAsync("send", "--device", sender.DevicePath, "--number", "1002", file);
        await receiving;

        Assert.Equal(ExitCodes.Partial, sent.ExitCode);
        Assert.Contains("Page 1         MCF, 20 rows,", sent.Output);
        Assert.Contains("Page 2         no answer: sent, not confirmed (the call ended first), 300 rows,", sent.Output);
        Assert.DoesNotContain("Page 3 ", sent.Output);
        Assert.Contains("Pages:         1 of 3 confirmed, 0 refused, 1 sent but not confirmed, 1 not sent", sent.Output);
    }

    [Fact]
    public async Task A_standard_page_longer_than_2000_rows_is_received_whole()
    {
        await using var sender = Class2ModemEmulator.Start(_network, "1001");
        await using var receiver = Class2ModemEmulator.Start(_network, "1002");
        var page = TestPages.TextLike(41, height: 2600, yResolution: 98);
        var outDirectory = _directory.File("in");

        var receiving = RunAsync("receive", "--device", receiver.DevicePath, "--out", outDirectory, "--rings", "1", "--wait", "30");
        var sent = await RunAsync("send", "--device", sender.DevicePath, "--number", "1002", WriteTiff([page]));
        var received = await receiving;

        Assert.Equal(ExitCodes.Success, sent.ExitCode);
        Assert.Equal(ExitCodes.Success, received.ExitCode);
        var saved = Assert.Single(FaxTiffReader.Read(Assert.Single(Directory.GetFiles(outDirectory, "*.tif"))));
        Assert.Equal(2600, saved.Height);
        Assert.True(saved.PixelsEqual(page));
    }

    [Fact]
    public async Task Receiving_when_nobody_calls_exits_with_4()
    {
        await using var receiver = Class2ModemEmulator.Start(_network, "1002");

        var run = await RunAsync("receive", "--device", receiver.DevicePath, "--out", _directory.File("in"), "--wait", "1");

        Assert.Equal(ExitCodes.NoAnswer, run.ExitCode);
        Assert.Contains("NoIncomingCall", run.Output);
    }

    [Theory]
    [InlineData("send", "--number", "1002", "page.tif")]
    [InlineData("probe", "--device", "/dev/null", "--class", "3")]
    [InlineData("receive", "--device", "/dev/null")]
    [InlineData("fax-everyone")]
    public async Task Bad_arguments_exit_with_2(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task A_file_that_is_not_a_TIFF_exits_with_2()
    {
        var notTiff = _directory.File("note.tif");
        await File.WriteAllTextAsync(notTiff, "not a fax");

        var run = await RunAsync("send", "--device", "/dev/null", "--number", "1002", notTiff);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Cannot read", run.Error);
    }

    [Fact]
    public async Task A_TIFF_with_a_corrupt_second_page_is_refused_with_the_page_number_before_anything_is_dialled()
    {
        await using var sender = Class2ModemEmulator.Start(_network, "1001");
        await using var receiver = Class2ModemEmulator.Start(_network, "1002");
        var pages = new[] { TestPages.TextLike(31, height: 300), TestPages.TextLike(32, height: 300) };
        var file = _directory.File("damaged.tif");
        await File.WriteAllBytesAsync(file, DamagedTiffs.CorruptedInStrip(DamagedTiffs.Write(pages), pageNumber: 2));

        var run = await RunAsync("send", "--device", sender.DevicePath, "--number", "1002", file);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"Cannot read {file}: Page 2: ", run.Error);
        Assert.DoesNotContain("Dialling", run.Output);
        Assert.DoesNotContain("Result:", run.Output);
    }

    [Fact]
    public void Every_fax_class_has_a_driver_best_first() =>
        Assert.Equal(["2.0", "2", "1"], new FaxModemDriverFactory().AvailableClasses);

    private string WriteTiff(IReadOnlyList<FaxPage> pages)
    {
        var path = _directory.File($"{Guid.NewGuid():N}.tif");
        FaxTiffWriter.Write(path, pages);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var exitCode = await GatewayCommandLine.RunAsync(args, TextWriter.Synchronized(output), TextWriter.Synchronized(error), new FaxModemDriverFactory(), timeout.Token);
        return (exitCode, output.ToString(), error.ToString());
    }
}
