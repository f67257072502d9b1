using System.Buffers;
using Groupus.Fax.Imaging;
using Groupus.Fax.T30;

namespace Groupus.Fax.T38.Terminal;

/// <summary>
/// Turns received IFPs into T.30 events. HDLC frames (V.21 signalling, and FCD/RCP in a high-speed ECM burst) become
/// <see cref="FrameReceived"/>, or <see cref="FrameCorrupted"/> for a V.21 frame with a bad FCS or with IFPs lost inside
/// it. Non-ECM data is gathered until its signal ends and becomes the TCF measurement or the page T.30 is listening for.
/// </summary>
internal sealed class IfpSignalReceiver(TcfRateManagement rateManagement, Func<ReadOnlyMemory<byte>, PageQuality?> measurePage)
{
    private readonly ArrayBufferWriter<byte> _hdlc = new(300);
    private readonly ArrayBufferWriter<byte> _nonEcm = new(64 * 1024);
    private T30Action? _listening;
    private bool _hdlcDamaged;
    private bool _nonEcmStarted;
    private bool _nonEcmDamaged;
    private bool _highSpeedBurst;
    private bool _burstHadRcp;
    private bool _trainingAnnounced;

    /// <summary>What T.30 listens for now (a <c>Receive…</c> action).</summary>
    public void Listen(T30Action listening)
    {
        _listening = listening;
        _trainingAnnounced = false;
    }

    public IEnumerable<T30Event> Accept(IfpArrival arrival)
    {
        List<T30Event> events = [];
        // Whatever frame or page is being gathered may have lost a piece: it must not pass as good. A non-ECM page
        // has no check of its own, and a page cut short decodes cleanly, so a known loss makes it a page to resend.
        _hdlcDamaged |= arrival.FollowsLoss;
        _nonEcmDamaged |= arrival.FollowsLoss && (_nonEcmStarted || arrival.Packet is IfpData { Fields: [{ Type: T38FieldType.T4NonEcmData or T38FieldType.T4NonEcmSigEnd }, ..] });

        switch (arrival.Packet)
        {
            case IfpIndicator indicator:
                OnIndicator(indicator.Indicator, events);
                break;
            case IfpData data:
                foreach (var field in data.Fields)
                {
                    OnField(data.DataType, field, events);
                }

                break;
        }

        return events;
    }

    private void OnIndicator(T30IndicatorType indicator, List<T30Event> events)
    {
        if (indicator is T30IndicatorType.NoSignal or T30IndicatorType.V21Preamble)
        {
            // A signal ended without its closing field (lost): what was gathered is all there is.
            _nonEcmDamaged |= _nonEcmStarted;
            EndNonEcm(events);
            EndBurst(events);
            if (_trainingAnnounced && _listening is ReceiveTraining && rateManagement == TcfRateManagement.LocalTcf)
            {
                events.Add(new TrainingReceived(TrainingResult.Clean));
            }

            _trainingAnnounced = false;
            ResetHdlc();
            return;
        }

        if (indicator is not (T30IndicatorType.Cng or T30IndicatorType.Ced))
        {
            _trainingAnnounced = true;
        }
    }

    private void OnField(T30DataType dataType, IfpField field, List<T30Event> events)
    {
        var highSpeed = dataType != T30DataType.V21;
        switch (field.Type)
        {
            case T38FieldType.HdlcData:
                if (highSpeed && !_highSpeedBurst)
                {
                    _highSpeedBurst = true;
                    _burstHadRcp = false;
                    events.Add(new HighSpeedCarrierDetected());
                }

                var into = _hdlc.GetSpan(field.Data.Length)[..field.Data.Length];
                BitReversal.Reverse(field.Data.Span, into);
                _hdlc.Advance(field.Data.Length);
                break;
            case T38FieldType.HdlcFcsOk or T38FieldType.HdlcFcsOkSigEnd or T38FieldType.HdlcFcsBad or T38FieldType.HdlcFcsBadSigEnd:
                var good = field.Type is T38FieldType.HdlcFcsOk or T38FieldType.HdlcFcsOkSigEnd;
                OnFrameEnd(highSpeed, good, events);
                if (field.Type is T38FieldType.HdlcFcsOkSigEnd or T38FieldType.HdlcFcsBadSigEnd)
                {
                    EndBurst(events);
                }

                break;
            case T38FieldType.HdlcSigEnd:
                ResetHdlc();
                EndBurst(events);
                break;
            case T38FieldType.T4NonEcmData or T38FieldType.T4NonEcmSigEnd:
                if (!_nonEcmStarted)
                {
                    _nonEcmStarted = true;
                    _nonEcm.Clear();
                    events.Add(new HighSpeedCarrierDetected());
                }

                var target = _nonEcm.GetSpan(field.Data.Length)[..field.Data.Length];
                BitReversal.Reverse(field.Data.Span, target);
                _nonEcm.Advance(field.Data.Length);
                if (field.Type == T38FieldType.T4NonEcmSigEnd)
                {
                    EndNonEcm(events, T38Signals.BitRateOf(dataType));
                }

                break;
        }
    }

    private void OnFrameEnd(bool highSpeed, bool fcsGood, List<T30Event> events)
    {
        var parsed = fcsGood && !_hdlcDamaged && T30Frame.TryParse(_hdlc.WrittenSpan, hasFcs: false, out var frame) ? frame : null;
        ResetHdlc();
        if (parsed is not null)
        {
            _burstHadRcp |= highSpeed && parsed.Fcf == FacsimileControlField.RCP;
            events.Add(new FrameReceived(parsed));
        }
        else if (!highSpeed)
        {
            // A damaged FCD is left out: the partial page request asks for it again.
            events.Add(new FrameCorrupted());
        }
    }

    private void EndBurst(List<T30Event> events)
    {
        if (_highSpeedBurst && !_burstHadRcp)
        {
            events.Add(new HighSpeedCarrierLost());
        }

        _highSpeedBurst = false;
    }

    private void EndNonEcm(List<T30Event> events, int? bitRate = null)
    {
        if (!_nonEcmStarted)
        {
            return;
        }

        _nonEcmStarted = false;
        var damaged = _nonEcmDamaged;
        _nonEcmDamaged = false;
        var data = _nonEcm.WrittenMemory.ToArray();
        switch (_listening)
        {
            case ReceiveTraining training:
                events.Add(new TrainingReceived(TrainingMeter.Measure(data, bitRate ?? training.Modulation.BitRate)));
                _trainingAnnounced = false;
                break;
            case ReceiveImage:
                events.Add(new ImageReceived(data, damaged ? Damaged(measurePage(data)) : measurePage(data)));
                break;
        }
    }

    /// <summary>Every row counted bad: T.30 answers RTN and the page comes again.</summary>
    private static PageQuality Damaged(PageQuality? measured)
    {
        var rows = Math.Max(measured?.Rows ?? 0, 1);
        return new PageQuality(rows, rows, rows);
    }

    private void ResetHdlc()
    {
        _hdlc.Clear();
        _hdlcDamaged = false;
    }
}
