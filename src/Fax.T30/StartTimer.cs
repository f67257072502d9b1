namespace Groupus.Fax.T30;

/// <summary>(Re)start a timer; report <see cref="TimerExpired"/> when it runs out.</summary>
public sealed record StartTimer(T30Timer Timer, TimeSpan Duration) : T30Action;
