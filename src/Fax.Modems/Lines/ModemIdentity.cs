namespace Groupus.Fax.Modems.Lines;

/// <summary>What a modem says about itself.</summary>
/// <param name="FaxClasses">The +FCLASS=? list, e.g. ["0", "1", "1.0", "2", "2.0"].</param>
/// <param name="Information">The ATI lines.</param>
public sealed record ModemIdentity(
    string Manufacturer,
    string Model,
    string Revision,
    IReadOnlyList<string> FaxClasses,
    IReadOnlyList<string> Information)
{
    public bool Supports(string faxClass) => FaxClasses.Contains(faxClass, StringComparer.Ordinal);
}
