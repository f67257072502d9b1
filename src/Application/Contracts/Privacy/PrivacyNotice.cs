namespace Groupus.Contracts.Privacy;

/// <summary>
/// Passages of the privacy notice (../shared/PRIVACY-NOTICE.md) that apply to every module, quoted so that the records
/// of processing say only what the notice says. Where it says nothing, <see cref="NotStated"/>.
/// </summary>
public static class PrivacyNotice
{
    public const string NotStated = "not stated in the notice";

    public static Retention GeneralRetention { get; } = new(
        "We retain personal information we collect from you where we have an ongoing legitimate business need to do so (for example, to provide you "
        + "with a service you have requested or to comply with applicable legal, tax or accounting requirements).",
        FixedPeriod: null);

    public static IReadOnlyList<string> Recipients { get; } =
    [
        "our group companies, third party services providers and partners who provide data processing services to us",
        "any competent law enforcement body, regulatory, government agency, court or other third party where we believe disclosure is necessary",
        "an actual or potential buyer (and its agents and advisers) in connection with any proposed purchase, merger or acquisition of any part of our business",
        "any other person with your consent to the disclosure",
    ];

    /// <summary>Recipients of data we process on a customer's behalf ("Data processed" section).</summary>
    public static IReadOnlyList<string> ProcessorRecipients { get; } =
    [
        "its affiliates, as well as to a limited number of third-party business partners, service providers, vendors, suppliers and other contractors "
        + "(collectively, \"Service Providers\") for the purpose of assisting us in providing, managing, deploying, enhancing, or improving our services",
        "to the extent that the customer or other data controller has obtained the relevant EU Individual's consent",
    ];

    public static IReadOnlyList<InternationalTransfer> Transfers { get; } =
    [
        new(
            "our group companies and third party service providers and partners (headquartered in London, UK with further offices in India; providers operate around the world)",
            "an intra-group agreement based on the European Commission's Standard Contractual Clauses for transfer of personal information between our group companies"),
        new(
            "third parties outside the EEA; destinations " + NotStated,
            "certified to the European Union-United States Privacy Shield Framework and the United Stated-Swiss Privacy Shield Framework"),
    ];
}
