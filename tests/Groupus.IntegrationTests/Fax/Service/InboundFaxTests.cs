using System.Security.Cryptography;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Communications.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.IntegrationTests.Fax.Documents;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>Faxes a gateway received: routed by the called number, stored encrypted, downloadable by their owner only.</summary>
public sealed class InboundFaxTests
{
    [Fact]
    public async Task A_fax_received_on_a_number_is_stored_for_its_owner_who_downloads_it_as_tiff_and_pdf()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var alpha = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var bravo = await FaxCustomer.CreateAsync(server, admin, "Bravo Gadgets Ltd", "bob-bravo");
        await new NumberService.NumberServiceClient(server.Channel).AssignNumberAsync(
            new AssignNumberRequest { OrganisationId = alpha.Session.OrganisationId, Number = "020 7946 0500", Purpose = NumberPurpose.Fax }, admin.Headers);
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1", "+44 20 7946 0500"));
        var tiff = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(2), "tiffg4", "204x98");

        var receipt = await gateway.UploadAsync(Header("call-1", "l1", tiff, pages: 2), tiff);
        var again = await gateway.UploadAsync(Header("call-1", "l1", tiff, pages: 2), tiff);
        var listed = await alpha.Fax.ListReceivedFaxesAsync(new ListReceivedFaxesRequest(), alpha.Headers);
        var downloaded = await DownloadAsync(alpha, receipt.FaxId, DocumentFormat.Tiff);
        var pdf = await DownloadAsync(alpha, receipt.FaxId, DocumentFormat.Pdf);
        var foreign = await RpcFailure.Of(() => bravo.Fax.GetReceivedFaxAsync(new GetReceivedFaxRequest { FaxId = receipt.FaxId }, bravo.Headers));
        var bravoList = await bravo.Fax.ListReceivedFaxesAsync(new ListReceivedFaxesRequest(), bravo.Headers);

        Assert.False(receipt.Duplicate);
        Assert.Equal((receipt.FaxId, true), (again.FaxId, again.Duplicate));
        var fax = Assert.Single(listed.Faxes);
        Assert.Equal((2, "+442079460500", "l1"), (fax.PageCount, fax.CalledNumber, fax.LineId));
        Assert.Equal(tiff, downloaded);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);
        Assert.Empty(bravoList.Faxes);
        Assert.False(ContainsPlainText(server.DataDirectory, tiff), "the stored pages must be encrypted at rest");
        var notified = await Eventually.ValueAsync(
            () => DatabaseSnapshot.CountAsync(server.DatabaseFile, $"SELECT COUNT(*) FROM communications_notifications WHERE upper(RecipientOrganisationId) = upper('{alpha.Session.OrganisationId}')"),
            count => count > 0);
        Assert.Equal(1, notified);
    }

    [Fact]
    public async Task A_fax_on_a_line_no_organisation_owns_waits_in_the_staff_queue_until_routed()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var alpha = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("spare"));
        var tiff = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(1), "tiffg4", "204x98");
        var staffFax = new FaxService.FaxServiceClient(server.Channel);

        var receipt = await gateway.UploadAsync(Header("call-9", "spare", tiff), tiff);
        var queue = await staffFax.ListUnroutedFaxesAsync(new ListUnroutedFaxesRequest(), admin.Headers);
        var hiddenFromCustomer = await alpha.Fax.ListReceivedFaxesAsync(new ListReceivedFaxesRequest(), alpha.Headers);
        var routed = await staffFax.RouteReceivedFaxAsync(new RouteReceivedFaxRequest { FaxId = receipt.FaxId, OrganisationId = alpha.Session.OrganisationId }, admin.Headers);
        var twice = await RpcFailure.Of(() => staffFax.RouteReceivedFaxAsync(new RouteReceivedFaxRequest { FaxId = receipt.FaxId, OrganisationId = alpha.Session.OrganisationId }, admin.Headers));
        var visible = await alpha.Fax.ListReceivedFaxesAsync(new ListReceivedFaxesRequest(), alpha.Headers);

        Assert.Equal(receipt.FaxId, Assert.Single(queue.Faxes).FaxId);
        Assert.Empty(hiddenFromCustomer.Faxes);
        Assert.Equal(alpha.Session.OrganisationId, routed.OrganisationId);
        Assert.Equal("FAX_ALREADY_ROUTED", twice.Reason);
        Assert.Equal(receipt.FaxId, Assert.Single(visible.Faxes).FaxId);
        Assert.Empty((await staffFax.ListUnroutedFaxesAsync(new ListUnroutedFaxesRequest(), admin.Headers)).Faxes);
    }

    [Fact]
    public async Task Uploads_for_a_line_the_gateway_did_not_register_or_with_a_wrong_checksum_are_refused_and_store_nothing()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        await using var gateway = await FakeGateway.ConnectAsync(server, admin, "gw-1", FakeGateway.Line("l1"));
        await using var other = await FakeGateway.ConnectAsync(server, admin, "gw-2", FakeGateway.Line("l2"));
        var tiff = await SampleDocuments.GhostscriptTiffAsync(await SampleDocuments.PdfAsync(1), "tiffg4", "204x98");

        var notItsLine = await Failure(() => gateway.UploadAsync(Header("k1", "l2", tiff), tiff));
        var wrongSum = Header("k2", "l1", tiff);
        wrongSum.Sha256 = new string('0', 64);
        var badChecksum = await Failure(() => gateway.UploadAsync(wrongSum, tiff));
        var truncated = await Failure(() => gateway.UploadAsync(Header("k3", "l1", tiff), tiff[..^10]));
        var queue = await new FaxService.FaxServiceClient(server.Channel).ListUnroutedFaxesAsync(new ListUnroutedFaxesRequest(), admin.Headers);

        Assert.Equal(StatusCode.PermissionDenied, notItsLine.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, badChecksum.StatusCode);
        Assert.Contains("sha256", badChecksum.Violations.Keys);
        Assert.Equal(StatusCode.InvalidArgument, truncated.StatusCode);
        Assert.Empty(queue.Faxes);
    }

    private static ReceivedFaxHeader Header(string key, string line, byte[] tiff, int pages = 1) => new()
    {
        IdempotencyKey = key,
        LineId = line,
        RemoteId = "+44 161 496 0000",
        PageCount = pages,
        ReceivedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow),
        CallTime = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(30)),
        BitRate = 14400,
        SizeBytes = tiff.Length,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(tiff)),
    };

    private static async Task<byte[]> DownloadAsync(FaxCustomer customer, string faxId, DocumentFormat format)
    {
        using var call = customer.Fax.DownloadReceivedFax(new DownloadReceivedFaxRequest { FaxId = faxId, Format = format }, customer.Headers);
        using var file = new MemoryStream();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            call.ResponseStream.Current.Data.WriteTo(file);
        }

        return file.ToArray();
    }

    private static Task<RpcFailure> Failure(Func<Task> call) => RpcFailure.OfTask(call);

    private static bool ContainsPlainText(string directory, byte[] content)
    {
        var needle = content.AsSpan(content.Length / 2, 64).ToArray();
        return Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Any(file => File.ReadAllBytes(file).AsSpan().IndexOf(needle) >= 0);
    }
}
