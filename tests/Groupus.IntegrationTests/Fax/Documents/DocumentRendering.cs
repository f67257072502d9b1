using Groupus.Application.Common.Results;
using Groupus.Application.Fax.Documents;
using Groupus.Domain.Fax;
using Groupus.Infrastructure.Fax.Documents;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>
/// The renderer as the composition root builds it (real Ghostscript, real fonts), with its own temporary folder so a
/// test can prove nothing is left behind, and its log lines recorded.
/// </summary>
public sealed class DocumentRendering : IDisposable
{
    private readonly ServiceProvider _services;

    public DocumentRendering(
        long? maximumBytes = null,
        int? maximumPages = null,
        TimeSpan? ghostscriptTimeout = null,
        long? maximumImagePixels = null,
        IReadOnlyDictionary<string, string>? more = null)
    {
        TemporaryDirectory = Directory.CreateTempSubdirectory("groupus-fax-test-").FullName;
        var settings = new Dictionary<string, string?> { ["Fax:Documents:TemporaryDirectory"] = TemporaryDirectory };
        if (maximumBytes is { } bytes)
        {
            settings["Fax:Documents:MaximumBytes"] = bytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (maximumPages is { } pages)
        {
            settings["Fax:Documents:MaximumPages"] = pages.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (ghostscriptTimeout is { } timeout)
        {
            settings["Fax:Documents:GhostscriptTimeout"] = timeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (maximumImagePixels is { } pixels)
        {
            settings["Fax:Documents:MaximumImagePixels"] = pixels.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            settings["Fax:Documents:" + key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(Log))
            .AddFaxDocuments(configuration)
            .BuildServiceProvider();
    }

    public string TemporaryDirectory { get; }

    public LogRecorder Log { get; } = new();

    public IFaxDocumentRenderer Renderer => _services.GetRequiredService<IFaxDocumentRenderer>();

    public FaxRenderScheduler Scheduler => _services.GetRequiredService<FaxRenderScheduler>();

    public async Task<Result<RenderedFaxDocument>> RenderAsync(byte[] content, FaxResolution resolution = FaxResolution.Standard, FaxCoverPage? cover = null)
    {
        using var stream = new MemoryStream(content);
        return await Renderer.RenderAsync(stream, new FaxRenderRequest(resolution, cover), CancellationToken.None);
    }

    public async Task<Result<RenderedFaxDocument>> RenderForAsync(Guid organisationId, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return await Renderer.RenderAsync(stream, new FaxRenderRequest(FaxResolution.Standard, null, organisationId), CancellationToken.None);
    }

    public async Task<RenderedFaxDocument> RenderSuccessfullyAsync(byte[] content, FaxResolution resolution = FaxResolution.Standard, FaxCoverPage? cover = null)
    {
        var result = await RenderAsync(content, resolution, cover);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(TemporaryDirectory, recursive: true);
    }
}
