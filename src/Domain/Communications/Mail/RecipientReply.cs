namespace Groupus.Domain.Communications.Mail;

/// <summary>The server's answer at RCPT for the recipient at <paramref name="Position"/>.</summary>
public sealed record RecipientReply(int Position, int ReplyCode)
{
    public bool Accepted => ReplyCode is >= 200 and < 300;

    public bool RefusedForGood => ReplyCode >= 500;
}
