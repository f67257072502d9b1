namespace Groupus.Fax.T30;

public sealed record ReportProgress(T30Progress Progress) : T30Action;
