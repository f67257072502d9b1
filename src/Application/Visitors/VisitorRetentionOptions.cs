namespace Groupus.Application.Visitors;

/// <summary>How long visit records keep the visitor's identity (privacy notice: visitor logs, 30 days by default).</summary>
public sealed class VisitorRetentionOptions
{
    public const string Section = "Visitors:Retention";

    public int RetainDays { get; set; } = 30;

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(6);

    public int BatchSize { get; set; } = 500;
}
