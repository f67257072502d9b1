namespace Groupus.Fax.T30;

/// <summary>Receive TCF at the modulation (Class 1: +FRM=n) and report <see cref="TrainingReceived"/>.</summary>
public sealed record ReceiveTraining(Modulation Modulation) : T30Action;
