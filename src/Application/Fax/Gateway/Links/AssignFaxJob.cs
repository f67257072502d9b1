namespace Groupus.Application.Fax.Gateway.Links;

/// <summary>A job leased to one of the gateway's lines: dial it.</summary>
public sealed record AssignFaxJob(FaxJobAssignment Assignment) : FaxLinkMessage;
