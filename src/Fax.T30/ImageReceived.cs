namespace Groupus.Fax.T30;

/// <summary>
/// Non-ECM: the page data of one page, complete when the carrier dropped. <paramref name="Quality"/> is the
/// copy-quality measurement by the codec; null means not measured (accepted).
/// </summary>
public sealed record ImageReceived(ReadOnlyMemory<byte> Data, PageQuality? Quality = null) : T30Event;
