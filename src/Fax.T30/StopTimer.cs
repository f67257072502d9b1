namespace Groupus.Fax.T30;

public sealed record StopTimer(T30Timer Timer) : T30Action;
