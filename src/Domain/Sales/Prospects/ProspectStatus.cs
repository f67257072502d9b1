namespace Groupus.Domain.Sales.Prospects;

/// <summary>Where sales stand with an enquiry: new → contacted → qualified → converted, or lost (with a reason) from any open state.</summary>
public enum ProspectStatus
{
    New = 1,
    Contacted = 2,
    Qualified = 3,
    Converted = 4,
    Lost = 5,
}
