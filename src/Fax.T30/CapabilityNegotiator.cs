namespace Groupus.Fax.T30;

/// <summary>Chooses DCS from the local capabilities, the remote DIS and the page to send.</summary>
public static class CapabilityNegotiator
{
    public static NegotiationOutcome Negotiate(T30Capabilities local, DigitalIdentificationSignal remote, PageFormat page)
    {
        if (!remote.CanReceive)
        {
            return NegotiationOutcome.Failed(T30Error.RemoteCannotReceive);
        }

        var common = local.Modems & remote.Modems;
        var rate = SignallingRate.FallbackSequence.FirstOrDefault(r =>
            (r.Modem & common) != 0
            && r.BitRate <= local.MaxBitRate
            && (!remote.V27terFallbackOnly || r == SignallingRate.V27ter_2400));
        if (rate is null)
        {
            return NegotiationOutcome.Failed(T30Error.NoCommonModulation);
        }

        var resolution = page.Resolution switch
        {
            Resolution.Superfine when local.Superfine && remote.Superfine => Resolution.Superfine,
            Resolution.Superfine or Resolution.Fine when local.Fine && remote.Fine => Resolution.Fine,
            _ => Resolution.Standard,
        };

        var ecm = local.ErrorCorrection && remote.ErrorCorrection;
        var coding = ecm && local.T6Coding && remote.T6Coding ? ImageCoding.MMR
            : local.TwoDimensionalCoding && remote.TwoDimensionalCoding ? ImageCoding.MR
            : ImageCoding.MH;

        var width = (PageWidth)Math.Min((int)page.Width, Math.Min((int)local.MaxWidth, (int)remote.MaxWidth));
        var length = remote.MaxLength == PageLength.Unlimited || (int)page.Length <= (int)remote.MaxLength
            ? page.Length
            : remote.MaxLength;

        // With ECM the scan line time does not apply: frames are buffered and checked, no fill is needed.
        var scanTime = ecm ? 0 : ScanLineTime.RoundUpToDcs(remote.MinScanLineTimeMs(resolution));

        return NegotiationOutcome.Succeeded(
            new DigitalCommandSignal
            {
                Rate = rate,
                Resolution = resolution,
                Coding = coding,
                Width = width,
                Length = length,
                MinScanLineTimeMs = scanTime,
                ErrorCorrection = ecm,
                EcmFrameSize = local.EcmFrameSize == 64 ? 64 : 256,
            },
            common);
    }
}
