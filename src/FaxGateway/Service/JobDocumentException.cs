namespace Groupus.FaxGateway.Service;

/// <summary>A job's document could not be fetched or is not what the core announced; the job ends as a local failure.</summary>
public sealed class JobDocumentException(string message, Exception? inner = null) : Exception(message, inner);
