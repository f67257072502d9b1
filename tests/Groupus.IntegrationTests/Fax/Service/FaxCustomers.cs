using Google.Protobuf;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.IntegrationTests.Fax.Documents;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>A customer organisation that sends faxes, and the fax client it uses.</summary>
internal sealed record FaxCustomer(CustomerSession Session, FaxService.FaxServiceClient Fax)
{
    public Metadata Headers => Session.Headers;

    public static async Task<FaxCustomer> CreateAsync(TestServer server, StaffSession staff, string legalName, string username) =>
        new(await CustomerOrganisations.WithSignedInUserAsync(server, staff, legalName, username), new FaxService.FaxServiceClient(server.Channel));

    public async Task<FaxJob> SendPdfAsync(int pages, string to = "020 7946 0123", int priority = 0) =>
        await Fax.SubmitFaxAsync(
            new SubmitFaxRequest { To = to, Resolution = FaxResolution.Standard, Priority = priority, Document = ByteString.CopyFrom(await SampleDocuments.PdfAsync(pages)) },
            Headers);

    public async Task<FaxJob> WaitForAsync(string jobId, Func<FaxJob, bool> done) =>
        await Eventually.ValueAsync(() => Fax.GetFaxJobAsync(new GetFaxJobRequest { JobId = jobId }, Headers).ResponseAsync, done);
}
