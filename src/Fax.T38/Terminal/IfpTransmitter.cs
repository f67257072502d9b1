using Groupus.Fax.Imaging;
using Groupus.Fax.T30;

namespace Groupus.Fax.T38.Terminal;

/// <summary>
/// Carries out T.30's transmit actions as IFP packets: an indicator for each signal (V.21 preamble, training, no
/// signal), HDLC frames as bit-reversed <c>hdlc-data</c> closed by <c>hdlc-fcs-OK</c> (<c>-sig-end</c> after the last),
/// non-ECM data and TCF as bit-reversed <c>t4-non-ecm-data</c> closed by <c>t4-non-ecm-sig-end</c>. A data-less field
/// only ever ends an IFP, so the X.691 and the spandsp readings of it agree (ADR 0053). Paced, each signal takes its
/// line time; unpaced, everything goes at once.
/// </summary>
internal sealed class IfpTransmitter(IIfpChannel channel, T38TerminalOptions options, TimeProvider time)
{
    private T30IndicatorType? _current;
    private long _unpacedBurst;

    public async Task IndicateAsync(T30IndicatorType indicator, CancellationToken cancellationToken)
    {
        if (_current == indicator)
        {
            return;
        }

        // The end of a transmission is repeated: the far end then waits for us, so nothing later would carry the
        // redundant copies that recover a loss at the very end.
        var copies = indicator == T30IndicatorType.NoSignal ? 1 + options.EndOfSignalRepeats : 1;
        for (var copy = 0; copy < copies; copy++)
        {
            await channel.SendAsync(new IfpIndicator(indicator), cancellationToken).ConfigureAwait(false);
        }

        _current = indicator;
        await PaceAsync(T38Signals.LeadTimeOf(indicator), cancellationToken).ConfigureAwait(false);
    }

    public async Task TransmitAsync(T30Action action, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case SendFrames frames:
                await IndicateAsync(T30IndicatorType.V21Preamble, cancellationToken).ConfigureAwait(false);
                await SendHdlcAsync(T30DataType.V21, T38Signals.V21BitRate, frames.Frames, cancellationToken).ConfigureAwait(false);
                await IndicateAsync(T30IndicatorType.NoSignal, cancellationToken).ConfigureAwait(false);
                break;
            case SendSilence silence:
                await IndicateAsync(T30IndicatorType.NoSignal, cancellationToken).ConfigureAwait(false);
                await PaceAsync(silence.Duration, cancellationToken).ConfigureAwait(false);
                break;
            case SendTraining training:
                // The TCF goes out with either rate management: a terminal far end (spandsp) measures it whatever was
                // negotiated, and a local-TCF gateway makes its own and has no use for ours.
                await IndicateAsync(T38Signals.TrainingOf(training.Modulation), cancellationToken).ConfigureAwait(false);
                await SendNonEcmAsync(training.Modulation, new byte[training.OctetCount], cancellationToken).ConfigureAwait(false);
                await IndicateAsync(T30IndicatorType.NoSignal, cancellationToken).ConfigureAwait(false);
                break;
            case SendImage image:
                await IndicateAsync(T38Signals.TrainingOf(image.Modulation), cancellationToken).ConfigureAwait(false);
                await SendNonEcmAsync(image.Modulation, image.Data, cancellationToken).ConfigureAwait(false);
                await IndicateAsync(T30IndicatorType.NoSignal, cancellationToken).ConfigureAwait(false);
                break;
            case SendEcmFrames ecm:
                await IndicateAsync(T38Signals.TrainingOf(ecm.Modulation), cancellationToken).ConfigureAwait(false);
                await SendHdlcAsync(T38Signals.DataTypeOf(ecm.Modulation), ecm.Modulation.BitRate, ecm.Frames, cancellationToken).ConfigureAwait(false);
                await IndicateAsync(T30IndicatorType.NoSignal, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new NotSupportedException($"A T.38 terminal cannot transmit {action}.");
        }
    }

    private async Task SendHdlcAsync(T30DataType dataType, int bitRate, IReadOnlyList<T30Frame> frames, CancellationToken cancellationToken)
    {
        var chunk = ChunkOctets(bitRate);
        for (var f = 0; f < frames.Count; f++)
        {
            var octets = frames[f].ToBytes();
            BitReversal.ReverseInPlace(octets);
            var end = f == frames.Count - 1 ? T38FieldType.HdlcFcsOkSigEnd : T38FieldType.HdlcFcsOk;
            for (var offset = 0; offset < octets.Length; offset += chunk)
            {
                var length = Math.Min(chunk, octets.Length - offset);
                var data = new IfpField(T38FieldType.HdlcData, octets.AsMemory(offset, length));
                IfpField[] fields = offset + length == octets.Length ? [data, new IfpField(end)] : [data];
                await SendDataAsync(new IfpData(dataType, fields), cancellationToken).ConfigureAwait(false);
                await PaceBitsAsync(length * 8, bitRate, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task SendNonEcmAsync(Modulation modulation, ReadOnlyMemory<byte> lsbFirst, CancellationToken cancellationToken)
    {
        // T.38 carries non-ECM data in line order, most significant bit first; T.30's page data is least significant first.
        var octets = lsbFirst.ToArray();
        BitReversal.ReverseInPlace(octets);
        var dataType = T38Signals.DataTypeOf(modulation);
        var chunk = ChunkOctets(modulation.BitRate);
        var offset = 0;
        do
        {
            var length = Math.Min(chunk, octets.Length - offset);
            var last = offset + length == octets.Length;
            var type = last ? T38FieldType.T4NonEcmSigEnd : T38FieldType.T4NonEcmData;
            await SendDataAsync(new IfpData(dataType, [new IfpField(type, octets.AsMemory(offset, length))]), cancellationToken).ConfigureAwait(false);
            await PaceBitsAsync(length * 8, modulation.BitRate, cancellationToken).ConfigureAwait(false);
            offset += length;
        }
        while (offset < octets.Length);
    }

    private async Task SendDataAsync(IfpData data, CancellationToken cancellationToken)
    {
        await channel.SendAsync(data, cancellationToken).ConfigureAwait(false);
        // Unpaced, a page would leave in one burst larger than a receiver's socket buffer holds: a millisecond's
        // breath every few packets keeps it far faster than a line and within what the far end can take.
        if (!options.Paced && ++_unpacedBurst % options.UnpacedBurstPackets == 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(1), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private int ChunkOctets(int bitRate)
    {
        var wanted = options.Paced ? (int)(bitRate * options.PacketInterval.TotalSeconds / 8) : options.UnpacedFieldOctets;
        return Math.Clamp(wanted, 1, channel.MaximumFieldOctets);
    }

    private Task PaceBitsAsync(int bits, int bitRate, CancellationToken cancellationToken) =>
        PaceAsync(TimeSpan.FromSeconds((double)bits / bitRate), cancellationToken);

    private Task PaceAsync(TimeSpan duration, CancellationToken cancellationToken) =>
        options.Paced && duration > TimeSpan.Zero ? Task.Delay(duration, time, cancellationToken) : Task.CompletedTask;
}
