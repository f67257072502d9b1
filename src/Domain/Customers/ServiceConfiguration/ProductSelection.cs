namespace Groupus.Domain.Customers.ServiceConfiguration;

/// <summary>A product from the catalogue (hosted-pbx, contact-centre, video-meetings, fax…) and how many seats of it.</summary>
public sealed record ProductSelection(string ProductCode, int Seats);
