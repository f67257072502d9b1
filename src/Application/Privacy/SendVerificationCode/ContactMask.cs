namespace Groupus.Application.Privacy.SendVerificationCode;

/// <summary>j***@example.com, +44*******123: enough for staff to tell the subject where to look, no more.</summary>
public static class ContactMask
{
    public static string Mask(string contact)
    {
        var at = contact.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return contact[0] + "***" + contact[at..];
        }

        return contact.Length <= 6 ? new string('*', contact.Length) : contact[..3] + new string('*', contact.Length - 6) + contact[^3..];
    }
}
