namespace Groupus.Contracts.Privacy;

/// <summary>The kinds of person identity, sales and partners announce to the privacy module.</summary>
public enum DataSubjectKind
{
    CustomerUser = 1,
    Prospect = 2,
    ResellerContact = 3,
}
