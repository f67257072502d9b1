namespace Groupus.Fax.T30;

/// <summary>The TCF requested by <see cref="ReceiveTraining"/> ended (or never came: <see cref="TrainingResult.NoCarrier"/>).</summary>
public sealed record TrainingReceived(TrainingResult Result) : T30Event;
