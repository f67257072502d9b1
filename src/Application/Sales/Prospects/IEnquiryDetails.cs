using Groupus.Domain.Sales.Prospects;

namespace Groupus.Application.Sales.Prospects;

/// <summary>What an enquiry carries, whether the public form submits it or staff record it.</summary>
public interface IEnquiryDetails
{
    EnquiryKind? Kind { get; }

    string Company { get; }

    string ContactName { get; }

    string WorkEmail { get; }

    string? WorkPhone { get; }

    string CountryCode { get; }

    string? Industry { get; }

    RevenueBand? RevenueBand { get; }

    int? EmployeeCount { get; }

    PurchasingTimeframe? PurchasingTimeframe { get; }

    string Enquiry { get; }
}
