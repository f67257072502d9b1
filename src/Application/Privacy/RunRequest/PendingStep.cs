using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.RunRequest;

/// <summary>A step of the request's plan still to run.</summary>
public sealed record PendingStep(Guid Id, RequestStepAction Action);
