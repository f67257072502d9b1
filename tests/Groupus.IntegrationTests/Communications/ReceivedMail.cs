using System.Text.Json.Serialization;

namespace Groupus.IntegrationTests.Communications;

/// <summary>A message whose data the scripted SMTP server read, and the reply it gave.</summary>
public sealed record ReceivedMail(
    [property: JsonPropertyName("rcpt")] string[] Recipients,
    [property: JsonPropertyName("message_id")] string MessageId,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("tls")] bool OverTls,
    [property: JsonPropertyName("reply")] string Reply)
{
    public bool Accepted => Reply.StartsWith('2');
}
