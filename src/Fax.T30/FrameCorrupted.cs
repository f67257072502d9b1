namespace Groupus.Fax.T30;

/// <summary>A V.21 frame arrived with a bad FCS (Class 1: +FRH=3 ended in ERROR).</summary>
public sealed record FrameCorrupted : T30Event;
