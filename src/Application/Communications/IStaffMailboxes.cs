namespace Groupus.Application.Communications;

/// <summary>Where a member of staff receives e-mail.</summary>
public interface IStaffMailboxes
{
    /// <summary>The member of staff's address, or null when staff are not sent e-mail.</summary>
    string? MailboxOf(string username);
}
