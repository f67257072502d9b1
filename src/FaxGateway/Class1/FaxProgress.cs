using Groupus.FaxGateway.T30;

namespace Groupus.FaxGateway.Class1;

/// <summary>A progress note for the host: the T.30 phase (Idle while dialling or answering) and what is happening.</summary>
public sealed record FaxProgress(T30Phase Phase, string Message);
