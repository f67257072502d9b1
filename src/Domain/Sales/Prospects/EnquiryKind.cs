namespace Groupus.Domain.Sales.Prospects;

public enum EnquiryKind
{
    /// <summary>A question about our products and services.</summary>
    Enquiry = 1,

    /// <summary>A request for a priced quote.</summary>
    QuoteRequest = 2,
}
