using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.IntegrationTests.Fax.Documents;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>Through the real server: a damaged TIFF is refused with the page and the damage, and nothing is queued.</summary>
public sealed class DamagedTiffSubmissionTests
{
    private const string To = "020 7946 0123";

    [Fact]
    public async Task A_cut_off_or_corrupt_fax_tiff_is_refused_naming_the_damaged_page_and_queues_nothing()
    {
        await using var server = await TestServer.StartAsync();
        var admin = await server.AdminAsync();
        var customer = await FaxCustomer.CreateAsync(server, admin, "Alpha Widgets Ltd", "alice-alpha");
        var tiff = await DamagedTiffs.TwoPageGroup3Async();

        var truncated = await RpcFailure.Of(() => customer.Fax.SubmitFaxAsync(
            new SubmitFaxRequest { To = To, Document = ByteString.CopyFrom(DamagedTiffs.TruncatedInside(tiff, page: 2)) }, customer.Headers));
        var corrupt = await RpcFailure.OfTask(() => UploadAsync(customer, DamagedTiffs.Corrupted(tiff, page: 1)));
        var jobs = await customer.Fax.ListFaxJobsAsync(new ListFaxJobsRequest(), customer.Headers);

        Assert.All([truncated, corrupt], failure =>
        {
            Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
            Assert.Equal("DOCUMENT_MALFORMED", failure.Reason);
        });
        Assert.Contains("page 2 is damaged: its data ends before the page does", truncated.Violations["document"], StringComparison.Ordinal);
        Assert.Contains("page 1 is damaged: a row", corrupt.Violations["document"], StringComparison.Ordinal);
        Assert.Empty(jobs.Jobs);
    }

    private static async Task UploadAsync(FaxCustomer customer, byte[] document)
    {
        using var call = customer.Fax.UploadFax(customer.Headers);
        await call.RequestStream.WriteAsync(new UploadFaxRequest { Header = new SubmitFaxRequest { To = To } });
        await call.RequestStream.WriteAsync(new UploadFaxRequest { Chunk = ByteString.CopyFrom(document) });
        await call.RequestStream.CompleteAsync();
        await call.ResponseAsync;
    }
}
