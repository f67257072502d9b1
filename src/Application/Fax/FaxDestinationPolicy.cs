using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Microsoft.Extensions.Options;

namespace Groupus.Application.Fax;

/// <summary>Refuses a valid number that the configured policy blocks: FAILED_PRECONDITION naming the field and the reason.</summary>
public sealed class FaxDestinationPolicy(IOptions<FaxDestinationPolicyOptions> options)
{
    public const string BlockedCode = "FAX_DESTINATION_BLOCKED";

    public Error? Refusal(PhoneNumberCheck number, string field)
    {
        var policy = options.Value;
        if (!policy.Enabled || number.E164 is not { } e164)
        {
            return null;
        }

        if (policy.EffectiveBlockedPrefixes.FirstOrDefault(prefix => e164.StartsWith(prefix, StringComparison.Ordinal)) is { } blocked)
        {
            return Error.BusinessRule(BlockedCode, $"Faxes may not be sent to numbers starting {blocked} (premium-rate or revenue-sharing).", field);
        }

        return policy.EffectiveBlockedNumberTypes.Contains(number.Type)
            ? Error.BusinessRule(BlockedCode, $"Faxes may not be sent to {Describe(number.Type)} numbers.", field)
            : null;
    }

    private static string Describe(PhoneNumberType type) => type switch
    {
        PhoneNumberType.PremiumRate => "premium-rate",
        PhoneNumberType.TollFree => "toll-free",
        PhoneNumberType.SharedCost => "shared-cost",
        PhoneNumberType.PersonalNumber => "personal",
        PhoneNumberType.Uan => "universal access",
        _ => type.ToString(),
    };
}
