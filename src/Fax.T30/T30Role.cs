namespace Groupus.Fax.T30;

public enum T30Role
{
    /// <summary>Calling terminal, here always the transmitter of the document.</summary>
    Caller,
    /// <summary>Answering terminal, here always the receiver of the document.</summary>
    Answerer,
}
