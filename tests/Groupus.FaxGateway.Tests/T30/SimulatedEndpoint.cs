using Groupus.Fax.T30;

namespace Groupus.FaxGateway.Tests.T30;

/// <summary>One end of the simulated line: a session plus what the transport would track for it.</summary>
internal sealed class SimulatedEndpoint(LineSide side, T30Session session)
{
    public LineSide Side { get; } = side;

    public T30Session Session { get; } = session;

    public T30Action? ReceiveMode { get; set; }

    public TimeSpan TransmittingUntil { get; set; }

    public Dictionary<T30Timer, long> TimerGenerations { get; } = [];

    public List<(TimeSpan At, T30Action Action)> Actions { get; } = [];

    public List<T30Progress> Progress { get; } = [];

    public List<ReportPage> Pages { get; } = [];

    public T30SessionResult? Result { get; set; }

    public bool HungUp { get; set; }

    public IEnumerable<T30Frame> SentFrames => Actions.Select(a => a.Action).OfType<SendFrames>().SelectMany(s => s.Frames);

    public IEnumerable<SendEcmFrames> EcmBursts => Actions.Select(a => a.Action).OfType<SendEcmFrames>();

    public int Count(FacsimileControlField fcf) => SentFrames.Count(f => f.Fcf == fcf);

    public IEnumerable<DigitalCommandSignal> SentDcs =>
        SentFrames.Where(f => f.Fcf == FacsimileControlField.DCS).Select(f => DigitalCommandSignal.Decode(f.FifSpan)!);
}
