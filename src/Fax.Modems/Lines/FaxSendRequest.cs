using Groupus.Fax.Imaging;

namespace Groupus.Fax.Modems.Lines;

/// <summary>A document to send: the number to dial (digits, as the modem's ATD takes them) and the pages.</summary>
public sealed record FaxSendRequest(string Number, IReadOnlyList<FaxPage> Pages);
