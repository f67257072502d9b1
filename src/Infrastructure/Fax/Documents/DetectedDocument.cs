using Groupus.Application.Fax.Documents;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>What the content turned out to be: a type we render, or a description of what we do not.</summary>
internal readonly record struct DetectedDocument(FaxDocumentType? Type, string Description)
{
    public static DetectedDocument Supported(FaxDocumentType type, string description) => new(type, description);

    public static DetectedDocument Unsupported(string description) => new(null, description);
}
