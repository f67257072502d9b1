namespace Groupus.Application.Sales.Prospects;

/// <summary>What an anonymous caller gets back: a reference, nothing of what is stored.</summary>
public sealed record EnquiryReceipt(Guid ProspectId, DateTime ReceivedAtUtc);
