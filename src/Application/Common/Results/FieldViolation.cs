namespace Groupus.Application.Common.Results;

/// <summary>What is wrong with one field of a request. <see cref="Field"/> is the property path, e.g. VisitorName.</summary>
public sealed record FieldViolation(string Field, string Description);
