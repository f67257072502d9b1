using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

/// <summary>Builders for test sessions and documents.</summary>
internal static class Fax
{
    public const string CallerNumber = "+44 20 7946 0001";
    public const string AnswererNumber = "+44 20 7946 0000";

    public static T30Options CallerOptions(T30Capabilities? capabilities = null) => new()
    {
        LocalIdentity = CallerNumber,
        Capabilities = capabilities ?? new T30Capabilities(),
    };

    public static T30Options AnswererOptions(T30Capabilities? capabilities = null) => new()
    {
        LocalIdentity = AnswererNumber,
        Capabilities = capabilities ?? new T30Capabilities(),
    };

    public static byte[] PageData(int page, int length = 4000)
    {
        var data = new byte[length];
        new Random(page).NextBytes(data);
        return data;
    }

    public static StaticPageSource Document(int pages, Resolution resolution = Resolution.Fine, int length = 4000) =>
        new(Enumerable.Range(1, pages).Select(p => (new PageFormat(resolution), PageData(p, length))).ToList());

    public static SimulatedLine Line(IPageSource document, T30Options? caller = null, T30Options? answerer = null) =>
        new(T30Session.CreateCaller(caller ?? CallerOptions(), document), T30Session.CreateAnswerer(answerer ?? AnswererOptions()));

    public static T30Capabilities Ecm(int frameSize = 256) => new() { ErrorCorrection = true, T6Coding = true, EcmFrameSize = frameSize };
}
