namespace Groupus.Application.Sales.Marketing;

internal static class ConsentMethodMessages
{
    public const string PrivacyRequestNotByHand = "is recorded by the privacy engine when a data-subject request asks for it, never by hand";
}
