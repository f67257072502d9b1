using Groupus.Contracts.Privacy;

namespace Groupus.Application.Privacy.GetRecordsOfProcessing;

public sealed record ProcessingRecord(ProcessingActivity Activity, IReadOnlyList<CategoryFields> Data);
