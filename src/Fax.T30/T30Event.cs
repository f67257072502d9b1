namespace Groupus.Fax.T30;

/// <summary>Something the transport (or the host) tells the engine. See the derived records.</summary>
public abstract record T30Event;
