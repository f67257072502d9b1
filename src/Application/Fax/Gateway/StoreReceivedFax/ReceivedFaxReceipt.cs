namespace Groupus.Application.Fax.Gateway.StoreReceivedFax;

public sealed record ReceivedFaxReceipt(Guid FaxId, bool Duplicate);
