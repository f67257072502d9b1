using Groupus.Domain.Sales.Marketing;

namespace Groupus.Application.Sales.Marketing;

/// <summary>How the integration events spell a consent method (web-form, unsubscribe-link...): fixed, so renaming an enum member cannot change a contract.</summary>
public static class ConsentMethodNames
{
    public static string Of(ConsentMethod method) => method switch
    {
        ConsentMethod.WebForm => "web-form",
        ConsentMethod.Phone => "phone",
        ConsentMethod.Event => "event",
        ConsentMethod.InWriting => "in-writing",
        ConsentMethod.UnsubscribeLink => "unsubscribe-link",
        ConsentMethod.InPerson => "in-person",
        ConsentMethod.PrivacyRequest => "privacy-request",
        _ => "unknown",
    };
}
