using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Sales.Prospects;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.Sales.Prospects.RecordEnquiry;

/// <summary>Staff write down an enquiry that reached them by phone, e-mail, at an event or by referral.</summary>
[AuthorizeRoles(StaffRole.Admin, StaffRole.Support)]
public sealed record RecordEnquiryCommand(
    EnquiryKind? Kind,
    EnquirySource? Source,
    string Company,
    string ContactName,
    string WorkEmail,
    string? WorkPhone,
    string CountryCode,
    string? Industry,
    RevenueBand? RevenueBand,
    int? EmployeeCount,
    PurchasingTimeframe? PurchasingTimeframe,
    string Enquiry) : ICommand<Result<ProspectDto>>, IEnquiryDetails;
