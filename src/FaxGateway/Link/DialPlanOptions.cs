namespace Groupus.FaxGateway.Link;

/// <summary><c>Gateway:Dialling</c>: how an E.164 number becomes the digits the modem dials.</summary>
public sealed class DialPlanOptions
{
    /// <summary>The country the lines are in, without '+': "44" for the United Kingdom.</summary>
    public string CountryCode { get; set; } = "44";

    /// <summary>Dialled before a national number: "0" in the United Kingdom.</summary>
    public string NationalPrefix { get; set; } = "0";

    /// <summary>Dialled before a foreign country code: "00" in the United Kingdom.</summary>
    public string InternationalPrefix { get; set; } = "00";

    /// <summary>Dialled first to reach the public network from a PBX extension, e.g. "9," (digits, ',', 'W', '*', '#').</summary>
    public string OutsideLinePrefix { get; set; } = string.Empty;
}
