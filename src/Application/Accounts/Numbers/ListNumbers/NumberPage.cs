namespace Groupus.Application.Accounts.Numbers.ListNumbers;

public sealed record NumberPage(IReadOnlyList<PhoneNumberDto> Numbers, string? NextPageToken);
