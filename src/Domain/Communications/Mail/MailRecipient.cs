namespace Groupus.Domain.Communications.Mail;

/// <summary>
/// One recipient of an e-mail, by its position in the message's recipient list: the address itself stays in the
/// message or notification it belongs to (sealed under the person's key for a message to a person).
/// </summary>
public sealed class MailRecipient
{
    private MailRecipient()
    {
    }

    public int Position { get; private set; }

    public RecipientOutcome Outcome { get; private set; }

    /// <summary>The server's last reply code for this recipient (250, 450, 550...), or null before the first attempt.</summary>
    public int? ReplyCode { get; private set; }

    internal static MailRecipient At(int position) => new() { Position = position, Outcome = RecipientOutcome.Pending };

    internal void Record(RecipientOutcome outcome, int? replyCode)
    {
        Outcome = outcome;
        ReplyCode = replyCode;
    }
}
