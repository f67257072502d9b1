using Groupus.Application.Communications;
using Microsoft.Extensions.Options;

namespace Groupus.Infrastructure.Communications.Mail;

/// <summary>A member of staff's mailbox is their username at the staff mail domain (Communications:Mail:StaffDomain).</summary>
internal sealed class StaffMailboxes(IOptions<MailOptions> options) : IStaffMailboxes
{
    public string? MailboxOf(string username) =>
        options.Value.StaffDomain is { Length: > 0 } domain ? $"{username}@{domain}" : null;
}
