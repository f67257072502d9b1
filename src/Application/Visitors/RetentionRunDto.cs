namespace Groupus.Application.Visitors;

public sealed record RetentionRunDto(DateTime RanAtUtc, DateTime CutOffUtc, int AnonymisedCount);
