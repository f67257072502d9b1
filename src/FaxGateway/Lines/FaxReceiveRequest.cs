namespace Groupus.FaxGateway.Lines;

/// <summary>How to take a call: answer after <paramref name="AnswerRings"/> rings; give up if none rings within <paramref name="WaitForCall"/>.</summary>
public sealed record FaxReceiveRequest(int AnswerRings, TimeSpan WaitForCall);
