using Groupus.Application.Common.Contact;

namespace Groupus.Application.Fax;

/// <summary>
/// The <c>Fax:DestinationPolicy</c> section: numbers no fax may dial, because calling them costs far more than a fax
/// (premium-rate and revenue-sharing ranges, the usual target of toll fraud from a stolen account).
/// </summary>
public sealed class FaxDestinationPolicyOptions
{
    public const string Section = "Fax:DestinationPolicy";

    /// <summary>UK 09 (premium rate), 087 and 084 (revenue-sharing service numbers).</summary>
    public static readonly IReadOnlyList<string> UkBlockedPrefixes = ["+449", "+4487", "+4484"];

    /// <summary>Premium-rate ranges of every country, as libphonenumber's numbering plans know them.</summary>
    public static readonly IReadOnlyList<PhoneNumberType> DefaultBlockedTypes = [PhoneNumberType.PremiumRate];

    public bool Enabled { get; set; } = true;

    /// <summary>E.164 prefixes (+ and digits) refused; <see cref="UkBlockedPrefixes"/> when not configured.</summary>
    public string[]? BlockedPrefixes { get; set; }

    /// <summary>Kinds of number refused wherever they are; <see cref="DefaultBlockedTypes"/> when not configured.</summary>
    public PhoneNumberType[]? BlockedNumberTypes { get; set; }

    public IReadOnlyList<string> EffectiveBlockedPrefixes => BlockedPrefixes ?? UkBlockedPrefixes;

    public IReadOnlyList<PhoneNumberType> EffectiveBlockedNumberTypes => BlockedNumberTypes ?? DefaultBlockedTypes;
}
