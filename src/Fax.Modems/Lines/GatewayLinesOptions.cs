namespace Groupus.Fax.Modems.Lines;

/// <summary>The <c>Gateway</c> configuration section: the fax lines the service mode opens.</summary>
public sealed class GatewayLinesOptions
{
    public const string SectionName = "Gateway";

    public List<FaxLineOptions> Lines { get; set; } = [];
}
