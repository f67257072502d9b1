using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Groupus.Infrastructure.Persistence;

/// <summary>Stores every timestamp as UTC and reads it back marked as UTC, whatever the provider returns.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
