namespace Groupus.Application.Fax.Gateway.Links;

/// <summary>What the core tells a gateway over its link.</summary>
public abstract record FaxLinkMessage;
