namespace Groupus.Application.Fax.Documents;

/// <summary>
/// What a cover page says. The page also shows the date and the page count, which includes the cover itself.
/// Each field is personal data: it is drawn on the page and never logged.
/// </summary>
public sealed record FaxCoverPage(string From, string To, string? Subject, string? Note);
