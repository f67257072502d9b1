using Groupus.Api.Grpc.Mapping;
using Prospects = Groupus.Domain.Sales.Prospects;
using Marketing = Groupus.Domain.Sales.Marketing;
using Proto = Groupus.Api.Grpc.Accounts.V1;

namespace Groupus.Api.Sales;

/// <summary>Every proto enum of the sales services and the enum it stands for, paired by hand (never by number).</summary>
internal static class SalesEnumMaps
{
    public static readonly EnumMap<Proto.EnquiryKind, Prospects.EnquiryKind> EnquiryKind = new(
        (Proto.EnquiryKind.Enquiry, Prospects.EnquiryKind.Enquiry),
        (Proto.EnquiryKind.QuoteRequest, Prospects.EnquiryKind.QuoteRequest));

    public static readonly EnumMap<Proto.EnquirySource, Prospects.EnquirySource> EnquirySource = new(
        (Proto.EnquirySource.WebsiteForm, Prospects.EnquirySource.WebsiteForm),
        (Proto.EnquirySource.Phone, Prospects.EnquirySource.Phone),
        (Proto.EnquirySource.Email, Prospects.EnquirySource.Email),
        (Proto.EnquirySource.Event, Prospects.EnquirySource.Event),
        (Proto.EnquirySource.Referral, Prospects.EnquirySource.Referral),
        (Proto.EnquirySource.Other, Prospects.EnquirySource.Other));

    public static readonly EnumMap<Proto.RevenueBand, Prospects.RevenueBand> RevenueBand = new(
        (Proto.RevenueBand.UnderOneMillion, Prospects.RevenueBand.UnderOneMillion),
        (Proto.RevenueBand.OneToTenMillion, Prospects.RevenueBand.OneToTenMillion),
        (Proto.RevenueBand.TenToFiftyMillion, Prospects.RevenueBand.TenToFiftyMillion),
        (Proto.RevenueBand.FiftyToTwoHundredFiftyMillion, Prospects.RevenueBand.FiftyToTwoHundredFiftyMillion),
        (Proto.RevenueBand.OverTwoHundredFiftyMillion, Prospects.RevenueBand.OverTwoHundredFiftyMillion));

    public static readonly EnumMap<Proto.PurchasingTimeframe, Prospects.PurchasingTimeframe> PurchasingTimeframe = new(
        (Proto.PurchasingTimeframe.Immediately, Prospects.PurchasingTimeframe.Immediately),
        (Proto.PurchasingTimeframe.WithinThreeMonths, Prospects.PurchasingTimeframe.WithinThreeMonths),
        (Proto.PurchasingTimeframe.ThreeToSixMonths, Prospects.PurchasingTimeframe.ThreeToSixMonths),
        (Proto.PurchasingTimeframe.SixToTwelveMonths, Prospects.PurchasingTimeframe.SixToTwelveMonths),
        (Proto.PurchasingTimeframe.MoreThanTwelveMonths, Prospects.PurchasingTimeframe.MoreThanTwelveMonths),
        (Proto.PurchasingTimeframe.Undecided, Prospects.PurchasingTimeframe.Undecided));

    public static readonly EnumMap<Proto.ProspectStatus, Prospects.ProspectStatus> ProspectStatus = new(
        (Proto.ProspectStatus.New, Prospects.ProspectStatus.New),
        (Proto.ProspectStatus.Contacted, Prospects.ProspectStatus.Contacted),
        (Proto.ProspectStatus.Qualified, Prospects.ProspectStatus.Qualified),
        (Proto.ProspectStatus.Converted, Prospects.ProspectStatus.Converted),
        (Proto.ProspectStatus.Lost, Prospects.ProspectStatus.Lost));

    public static readonly EnumMap<Proto.ConsentMethod, Marketing.ConsentMethod> ConsentMethod = new(
        (Proto.ConsentMethod.WebForm, Marketing.ConsentMethod.WebForm),
        (Proto.ConsentMethod.Phone, Marketing.ConsentMethod.Phone),
        (Proto.ConsentMethod.Event, Marketing.ConsentMethod.Event),
        (Proto.ConsentMethod.InWriting, Marketing.ConsentMethod.InWriting),
        (Proto.ConsentMethod.UnsubscribeLink, Marketing.ConsentMethod.UnsubscribeLink),
        (Proto.ConsentMethod.InPerson, Marketing.ConsentMethod.InPerson),
        (Proto.ConsentMethod.PrivacyRequest, Marketing.ConsentMethod.PrivacyRequest));

    public static readonly EnumMap<Proto.ConsentAction, Marketing.ConsentAction> ConsentAction = new(
        (Proto.ConsentAction.Given, Marketing.ConsentAction.Given),
        (Proto.ConsentAction.Withdrawn, Marketing.ConsentAction.Withdrawn));

    public static readonly EnumMap<Proto.SubscriptionStatus, Marketing.MarketingSubscriptionStatus> MarketingSubscriptionStatus = new(
        (Proto.SubscriptionStatus.Subscribed, Marketing.MarketingSubscriptionStatus.Subscribed),
        (Proto.SubscriptionStatus.Unsubscribed, Marketing.MarketingSubscriptionStatus.Unsubscribed));
}
