namespace Groupus.FaxGateway.Link;

/// <summary>The core broke the link's rules (e.g. did not answer Register with Registered); the link is dropped and retried.</summary>
public sealed class CoreLinkProtocolException(string message) : Exception(message);
