namespace Groupus.Infrastructure.Communications;

/// <summary>"Communications:PickupDirectory": where outgoing mail is written as .eml files for the mail server to collect (default: outgoing-mail in the data directory).</summary>
public sealed class PickupDirectoryOptions
{
    public const string Section = "Communications";

    public string? PickupDirectory { get; set; }

    public string From { get; set; } = "Groupus <no-reply@groupus.invalid>";
}
