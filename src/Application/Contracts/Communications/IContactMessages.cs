namespace Groupus.Contracts.Communications;

/// <summary>
/// The communications module's outgoing mail and text messages to an address rather than to a member of staff: other
/// modules hand it a message and it records, then delivers it. Callers never log the address or the body.
/// </summary>
public interface IContactMessages
{
    /// <summary>Records the message and hands it to delivery. A <see cref="ContactMessage.Confidential"/> body (a one-time code) is delivered but never stored.</summary>
    Task SendAsync(ContactMessage message, CancellationToken cancellationToken);

    /// <summary>Tells a customer organisation something (an in-app and e-mail notice to its users).</summary>
    Task NotifyOrganisationAsync(Guid organisationId, string subject, string body, CancellationToken cancellationToken);
}
