using Groupus.Domain.Common;

namespace Groupus.Application.Privacy.GetRecordsOfProcessing;

/// <summary>One category an activity declares and the module's fields that hold it (none is a gap too).</summary>
public sealed record CategoryFields(PersonalDataCategory Category, IReadOnlyList<string> Fields);
