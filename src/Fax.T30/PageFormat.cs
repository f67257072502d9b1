namespace Groupus.Fax.T30;

/// <summary>The format a page would ideally be sent in; negotiation may lower it to what the remote accepts.</summary>
public sealed record PageFormat(Resolution Resolution = Resolution.Fine, PageWidth Width = PageWidth.A4, PageLength Length = PageLength.A4);
