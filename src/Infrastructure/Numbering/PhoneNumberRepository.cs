using Groupus.Application.Numbering;
using Groupus.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Numbering;

internal sealed class PhoneNumberRepository(NumberingDbContext db) : IPhoneNumberRepository
{
    private DbSet<PhoneNumber> Numbers => db.Set<PhoneNumber>();

    public Task<PhoneNumber?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Numbers.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    public Task<PhoneNumber?> FindByE164Async(string e164, CancellationToken cancellationToken) =>
        Numbers.FirstOrDefaultAsync(n => n.E164 == e164, cancellationToken);

    /// <summary>Across every organisation (the tenant filter is lifted): a number is unique system-wide.</summary>
    public async Task<IReadOnlyList<PhoneNumber>> FindInPoolAsync(IReadOnlyCollection<string> e164s, CancellationToken cancellationToken) =>
        await Numbers.IgnoreQueryFilters().Where(n => e164s.Contains(n.E164)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PhoneNumber>> ListAsync(
        Guid organisationId, NumberPurpose? purpose, string? afterE164, int take, CancellationToken cancellationToken)
    {
        var numbers = Numbers.AsNoTracking().Where(n => n.OrganisationId == organisationId);
        if (purpose is { } wanted)
        {
            numbers = numbers.Where(n => n.Purpose == wanted);
        }

        if (afterE164 is not null)
        {
            numbers = numbers.Where(n => string.Compare(n.E164, afterE164) > 0);
        }

        return await numbers.OrderBy(n => n.E164).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(PhoneNumber number) => Numbers.Add(number);
}
