namespace Groupus.Infrastructure.Fax;

/// <summary>A queued job's dispatch order keys, read without loading the job.</summary>
internal sealed record DueJob(Guid Id, int Priority, DateTime NotBeforeUtc, DateTime SubmittedAtUtc);
