namespace Groupus.Fax.Benchmarks;

/// <summary>One AssignJob seen by the simulated gateway: which line, when the line said IDLE, when the job arrived.</summary>
internal readonly record struct Dispatch(string JobId, string LineId, long IdleSentAt, long ArrivedAt);
