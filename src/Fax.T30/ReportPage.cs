namespace Groupus.Fax.T30;

/// <summary>A page finished. For the answerer <paramref name="Data"/> is the received page image; empty for the caller.</summary>
public sealed record ReportPage(PageResult Result, ReadOnlyMemory<byte> Data) : T30Action;
