namespace Groupus.Application.Sales.Marketing;

/// <summary>
/// The token in a marketing e-mail's unsubscribe link. It names one subscription and is unguessable; it works without
/// signing in, never expires (links in old e-mails keep working) and is good for nothing but unsubscribing.
/// </summary>
public interface IUnsubscribeTokens
{
    /// <summary>The token for a subscription; the same every time, so every e-mail can carry it.</summary>
    string For(Guid subscriptionId);

    /// <summary>False for anything the server did not issue (forged, altered, truncated).</summary>
    bool TryRead(string token, out Guid subscriptionId);
}
