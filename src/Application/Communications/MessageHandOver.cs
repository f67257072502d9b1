namespace Groupus.Application.Communications;

/// <summary>What became of a message handed to <see cref="IMessageDelivery"/>.</summary>
public enum MessageHandOver
{
    /// <summary>Left where its carrier collects it (a pickup directory): delivered as far as we are concerned.</summary>
    Collected = 1,

    /// <summary>Waiting for the e-mail delivery worker, which records its attempts (a <c>MailDelivery</c>).</summary>
    Queued = 2,
}
