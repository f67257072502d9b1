namespace Groupus.Fax.T38;

/// <summary>The T.38 versions this library speaks (SDP <c>T38FaxVersion</c>).</summary>
public static class T38Version
{
    public const int Minimum = 0;

    public const int Maximum = 3;

    /// <summary>Version 0 uses the original (pre-corrigendum) ASN.1, whose field-type has no extension bit.</summary>
    public static bool HasExtensibleFieldType(int version) => version > 0;

    public static void Validate(int version)
    {
        if (version is < Minimum or > Maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"T.38 versions {Minimum}..{Maximum} are supported.");
        }
    }
}
