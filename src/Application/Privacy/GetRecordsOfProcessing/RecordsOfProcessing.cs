namespace Groupus.Application.Privacy.GetRecordsOfProcessing;

/// <summary>
/// The records of processing: each registered activity with the fields that hold its categories, and any personal
/// field whose categories no activity of its module declares (a gap for the privacy officer to close).
/// </summary>
public sealed record RecordsOfProcessing(DateTime GeneratedAtUtc, IReadOnlyList<ProcessingRecord> Activities, IReadOnlyList<PersonalDataField> FieldsWithoutActivity);
