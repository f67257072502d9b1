namespace Groupus.Fax.T30;

/// <summary>
/// Something the engine asks the transport (or host) to do. Actions are carried out in order. A batch that holds
/// transmit actions is answered with one <see cref="TransmitComplete"/> once all of them have gone out.
/// </summary>
public abstract record T30Action
{
    /// <summary>True for actions that put a signal on the line.</summary>
    public virtual bool IsTransmit => false;
}
