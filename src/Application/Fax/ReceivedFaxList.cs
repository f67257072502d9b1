namespace Groupus.Application.Fax;

public sealed record ReceivedFaxList(IReadOnlyList<ReceivedFaxDto> Faxes, string? NextPageToken);
