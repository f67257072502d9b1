namespace Groupus.Domain.Sales.Prospects;

/// <summary>When the prospect's organisation expects to buy.</summary>
public enum PurchasingTimeframe
{
    Immediately = 1,
    WithinThreeMonths = 2,
    ThreeToSixMonths = 3,
    SixToTwelveMonths = 4,
    MoreThanTwelveMonths = 5,
    Undecided = 6,
}
