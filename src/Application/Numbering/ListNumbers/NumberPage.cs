namespace Groupus.Application.Numbering.ListNumbers;

public sealed record NumberPage(IReadOnlyList<PhoneNumberDto> Numbers, string? NextPageToken);
