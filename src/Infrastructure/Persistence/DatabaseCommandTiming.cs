using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// Database time: every command's duration as EF Core measured it (histogram db.client.operation.duration, meter
/// "Groupus.Database"), by module context and command kind. Never the SQL text or its parameters.
/// </summary>
internal sealed class DatabaseCommandTiming : DbCommandInterceptor
{
    public const string MeterName = "Groupus.Database";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram(
        "db.client.operation.duration",
        "s",
        "Database command duration, by module context and command kind.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Record(eventData, "reader", null, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, "reader", null, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Record(eventData, "non_query", null, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, "non_query", null, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Record(eventData, "scalar", null, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(eventData, "scalar", null, result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        Record(eventData, Kind(eventData.ExecuteMethod), eventData.Exception.GetType().Name, 0);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData, Kind(eventData.ExecuteMethod), eventData.Exception.GetType().Name, 0);
        return Task.CompletedTask;
    }

    private static string Kind(DbCommandMethod method) => method switch
    {
        DbCommandMethod.ExecuteReader => "reader",
        DbCommandMethod.ExecuteNonQuery => "non_query",
        _ => "scalar",
    };

    private static T Record<T>(CommandEndEventData eventData, string kind, string? error, T result)
    {
        if (Duration.Enabled)
        {
            var tags = new TagList { { "db.context", eventData.Context?.GetType().Name ?? "none" }, { "db.command.kind", kind } };
            if (error is not null)
            {
                tags.Add("error.type", error);
            }

            Duration.Record(eventData.Duration.TotalSeconds, tags);
        }

        return result;
    }
}
