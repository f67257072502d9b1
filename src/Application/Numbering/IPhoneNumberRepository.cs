using Groupus.Domain.Numbering;

namespace Groupus.Application.Numbering;

/// <summary>Numbers; for a customer caller only their own organisation's numbers are ever visible.</summary>
public interface IPhoneNumberRepository
{
    Task<PhoneNumber?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<PhoneNumber?> FindByE164Async(string e164, CancellationToken cancellationToken);

    /// <summary>Every stored number among <paramref name="e164s"/>, whoever holds it (assignment checks the whole pool).</summary>
    Task<IReadOnlyList<PhoneNumber>> FindInPoolAsync(IReadOnlyCollection<string> e164s, CancellationToken cancellationToken);

    /// <summary>An organisation's numbers in E.164 order, starting after <paramref name="afterE164"/> when given.</summary>
    Task<IReadOnlyList<PhoneNumber>> ListAsync(Guid organisationId, NumberPurpose? purpose, string? afterE164, int take, CancellationToken cancellationToken);

    void Add(PhoneNumber number);
}
