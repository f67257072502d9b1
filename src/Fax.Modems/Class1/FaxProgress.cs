using Groupus.Fax.T30;

namespace Groupus.Fax.Modems.Class1;

/// <summary>
/// A progress note for the host: the T.30 phase (Idle while dialling or answering) and what is happening; with
/// <see cref="Page"/> when a page's verdict has just been given.
/// </summary>
public sealed record FaxProgress(T30Phase Phase, string Message, PageResult? Page = null);
