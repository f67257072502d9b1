namespace Groupus.Domain.Sales.Prospects;

/// <summary>The prospect's organisation's annual revenue, in pounds sterling.</summary>
public enum RevenueBand
{
    UnderOneMillion = 1,
    OneToTenMillion = 2,
    TenToFiftyMillion = 3,
    FiftyToTwoHundredFiftyMillion = 4,
    OverTwoHundredFiftyMillion = 5,
}
