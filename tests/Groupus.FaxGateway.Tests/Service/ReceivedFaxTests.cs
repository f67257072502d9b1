using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Service;
using Groupus.FaxGateway.Tests.Imaging;

namespace Groupus.FaxGateway.Tests.Service;

public sealed class ReceivedFaxTests
{
    private static readonly IReadOnlyList<Groupus.Fax.Imaging.FaxPage> Pages =
    [
        TestPages.TextLike(21, height: 160, yResolution: 98),
        TestPages.TextLike(22, height: 160, yResolution: 196),
    ];

    [Fact]
    public async Task An_incoming_fax_is_spooled_and_uploaded_with_its_header_and_a_lost_receipt_is_retried_under_the_same_key()
    {
        await using var scenario = await ServiceScenario.StartAsync();
        scenario.Core.ReceiptsToLose = 1;
        await scenario.WaitForIdleLineAsync();

        var sent = await scenario.FarEndSendsAsync(Pages);

        Assert.Equal(FaxCallOutcome.Success, sent.Outcome);
        await FakeCore.WaitUntilAsync(() => scenario.Core.Uploads.Count >= 2, "the upload has been retried");
        await FakeCore.WaitUntilAsync(() => new ReceivedFaxSpool(scenario.SpoolDirectory).Scan().Count == 0, "the spool is empty");
        var uploads = scenario.Core.Uploads.ToList();
        Assert.Equal(2, uploads.Count);
        Assert.False(uploads[0].Duplicate);
        Assert.True(uploads[1].Duplicate);
        Assert.Equal(uploads[0].Header.IdempotencyKey, uploads[1].Header.IdempotencyKey);
        var header = uploads[0].Header;
        Assert.True(Guid.TryParse(header.IdempotencyKey, out _));
        Assert.Equal(GatewayUnderTest.LineName, header.LineId);
        Assert.Equal(2, header.PageCount);
        Assert.Equal(uploads[0].Tiff.Length, header.SizeBytes);
        Assert.False(string.IsNullOrEmpty(header.RemoteId));
        Assert.True(header.BitRate > 0);
        var pages = FaxTiffReader.Read(new MemoryStream(uploads[0].Tiff));
        Assert.Equal(2, pages.Count);
        Assert.True(pages[0].PixelsEqual(Pages[0]));
        Assert.True(pages[1].PixelsEqual(Pages[1]));
    }

    [Fact]
    public async Task A_fax_received_while_the_core_is_down_is_uploaded_once_it_is_back()
    {
        await using var scenario = await ServiceScenario.StartAsync(startGateway: false);
        scenario.Core.Available = false;
        await scenario.StartGatewayAsync();
        await FakeCore.WaitUntilAsync(() => scenario.Gateway!.Line.State().Status.ToString() == "Idle", "the line is listening");

        var sent = await scenario.FarEndSendsAsync(Pages);

        Assert.Equal(FaxCallOutcome.Success, sent.Outcome);
        await FakeCore.WaitUntilAsync(() => new ReceivedFaxSpool(scenario.SpoolDirectory).Scan().Count == 1, "the fax is in the spool");
        Assert.Empty(scenario.Core.Uploads);
        scenario.Core.Available = true;
        await FakeCore.WaitUntilAsync(() => !scenario.Core.Uploads.IsEmpty, "the fax has been uploaded");
        await FakeCore.WaitUntilAsync(() => new ReceivedFaxSpool(scenario.SpoolDirectory).Scan().Count == 0, "the spool is empty");
        Assert.Equal(2, Assert.Single(scenario.Core.Uploads).Header.PageCount);
    }

    [Fact]
    public async Task A_fax_left_in_the_spool_by_an_earlier_run_is_uploaded_when_the_gateway_starts_and_leftovers_are_cleared()
    {
        await using var scenario = await ServiceScenario.StartAsync(startGateway: false);
        var spool = new ReceivedFaxSpool(scenario.SpoolDirectory);
        var key = Guid.NewGuid().ToString();
        spool.Save(new SpooledFaxHeader(key, GatewayUnderTest.LineName, string.Empty, "+44 1234", 0, DateTimeOffset.UtcNow, 12_000, 14400, false), Pages);
        var interrupted = Directory.CreateDirectory(Path.Combine(scenario.SpoolDirectory, Guid.NewGuid() + ".partial"));

        await scenario.StartGatewayAsync();

        await FakeCore.WaitUntilAsync(() => !scenario.Core.Uploads.IsEmpty, "the spooled fax has been uploaded");
        var upload = Assert.Single(scenario.Core.Uploads);
        Assert.Equal(key, upload.Header.IdempotencyKey);
        Assert.Equal(2, upload.Header.PageCount);
        await FakeCore.WaitUntilAsync(() => spool.Scan().Count == 0, "the spool is empty");
        Assert.False(interrupted.Exists && Directory.Exists(interrupted.FullName));
    }
}
