namespace Groupus.Application.Visitors.TakeRollCall;

/// <summary>A frozen snapshot: later sign-ins and sign-outs do not change it.</summary>
public sealed record RollCall(DateTime TakenAtUtc, IReadOnlyList<VisitDto> OnSite);
