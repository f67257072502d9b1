namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>A document turned out to be damaged while its pages were being produced; the reason is safe to show.</summary>
internal sealed class UnreadableDocumentException(string reason, Exception? inner = null) : Exception(reason, inner);
