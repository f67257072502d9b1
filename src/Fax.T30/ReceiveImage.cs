namespace Groupus.Fax.T30;

/// <summary>
/// Non-ECM: receive page data at the modulation (Class 1: +FRM=n) and report <see cref="ImageReceived"/>.
/// If V.21 flags arrive instead (+FCERROR) the transport switches to +FRH=3 and reports the frames.
/// </summary>
public sealed record ReceiveImage(Modulation Modulation) : T30Action;
