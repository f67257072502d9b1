namespace Groupus.GrpcLoad;

/// <summary>Command line: url path kind prefix [connections streams seconds token log-file].</summary>
internal sealed record LoadOptions(Uri Url, string Path, RequestKind Kind, string Prefix, int Connections, int Streams, double Seconds, string? Token, string? LogFile)
{
    public static LoadOptions Parse(string[] args)
    {
        if (args.Length < 4)
        {
            throw new ArgumentException("usage: Groupus.GrpcLoad <url> <path> signin|echo <badge-prefix> [connections=10] [streams=10] [seconds=5] [token|-] [log-file]");
        }

        return new LoadOptions(
            new Uri(args[0]), args[1], Enum.Parse<RequestKind>(args[2], ignoreCase: true), args[3],
            args.Length > 4 ? int.Parse(args[4]) : 10,
            args.Length > 5 ? int.Parse(args[5]) : 10,
            args.Length > 6 ? double.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture) : 5,
            args.Length > 7 && args[7] != "-" ? args[7] : null,
            args.Length > 8 ? args[8] : null);
    }
}
