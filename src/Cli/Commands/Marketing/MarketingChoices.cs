using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Commands.Prospects;

namespace Groupus.Cli.Commands.Marketing;

internal static class MarketingChoices
{
    /// <summary>How staff heard consent given or withdrawn (the web form and the unsubscribe link are the person's own doing).</summary>
    public static readonly Choice<ConsentMethod> StaffMethod = new(new Dictionary<string, ConsentMethod>
    {
        ["phone"] = ConsentMethod.Phone,
        ["event"] = ConsentMethod.Event,
        ["in-writing"] = ConsentMethod.InWriting,
        ["in-person"] = ConsentMethod.InPerson,
    });

    public static readonly Choice<ConsentMethod> AnyMethod = new(new Dictionary<string, ConsentMethod>
    {
        ["web-form"] = ConsentMethod.WebForm,
        ["phone"] = ConsentMethod.Phone,
        ["event"] = ConsentMethod.Event,
        ["in-writing"] = ConsentMethod.InWriting,
        ["unsubscribe-link"] = ConsentMethod.UnsubscribeLink,
        ["in-person"] = ConsentMethod.InPerson,
        ["privacy-request"] = ConsentMethod.PrivacyRequest,
    });
}
