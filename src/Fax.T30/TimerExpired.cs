namespace Groupus.Fax.T30;

/// <summary>A timer started with <see cref="StartTimer"/> ran out. Expiries of stopped timers are ignored.</summary>
public sealed record TimerExpired(T30Timer Timer) : T30Event;
