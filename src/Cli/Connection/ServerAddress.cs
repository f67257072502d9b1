using System.Diagnostics.CodeAnalysis;

namespace Groupus.Cli.Connection;

/// <summary>An absolute http(s) URL of a Groupus server, normalised so two spellings of one server compare equal.</summary>
internal sealed record ServerAddress
{
    public static readonly ServerAddress Default = new(new Uri("http://127.0.0.1:5080"));

    private ServerAddress(Uri uri)
    {
        Uri = uri;
        Text = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public Uri Uri { get; }

    public string Text { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out ServerAddress? address)
    {
        address = Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new ServerAddress(uri)
            : null;
        return address is not null;
    }

    public static string InvalidMessage(string text) =>
        $"'{text}' is not a server URL; expected for example http://127.0.0.1:5080 or https://groupus.example.co.uk";

    public override string ToString() => Text;
}
