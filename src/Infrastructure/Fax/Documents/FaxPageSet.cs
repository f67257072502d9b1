namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>
/// A document's pages, counted before any is rasterised (so limits and the cover's page count come first) and
/// produced one at a time. Producing a page may throw <see cref="UnreadableDocumentException"/>.
/// </summary>
internal sealed record FaxPageSet(int Count, IEnumerable<BilevelPage> Pages);
