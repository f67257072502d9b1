using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Sales.Prospects;
using Mediator;

namespace Groupus.Application.Sales.Prospects.SubmitEnquiry;

/// <summary>
/// The public website's enquiry and quote-request form: no sign-in. The source is always the website form. Rate limiting
/// and bot protection belong in front of the server (reverse proxy, form captcha) and are not done here.
/// </summary>
[Anonymous]
public sealed record SubmitEnquiryCommand(
    EnquiryKind? Kind,
    string Company,
    string ContactName,
    string WorkEmail,
    string? WorkPhone,
    string CountryCode,
    string? Industry,
    RevenueBand? RevenueBand,
    int? EmployeeCount,
    PurchasingTimeframe? PurchasingTimeframe,
    string Enquiry) : ICommand<Result<EnquiryReceipt>>, IEnquiryDetails;
