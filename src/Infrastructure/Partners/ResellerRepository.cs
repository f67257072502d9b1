using Groupus.Application.Common.Paging;
using Groupus.Application.Partners;
using Groupus.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Partners;

internal sealed class ResellerRepository(PartnersDbContext db) : IResellerRepository
{
    public Task<Reseller?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Reseller>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<bool> AgreementReferenceTakenAsync(string agreementReference, Guid? exceptId, CancellationToken cancellationToken) =>
        db.Set<Reseller>().AnyAsync(r => r.AgreementReference == agreementReference && r.Id != exceptId, cancellationToken);

    public async Task<IReadOnlyList<Reseller>> ListAsync(
        ResellerKind? kind, ResellerStatus? status, string? nameContains, PageKey? after, int take, CancellationToken cancellationToken)
    {
        var resellers = db.Set<Reseller>().AsNoTracking();
        if (kind is { } wantedKind)
        {
            resellers = resellers.Where(r => r.Kind == wantedKind);
        }

        if (status is { } wantedStatus)
        {
            resellers = resellers.Where(r => r.Status == wantedStatus);
        }

        if (!string.IsNullOrEmpty(nameContains))
        {
            var lowered = nameContains.ToLowerInvariant();
            resellers = resellers.Where(r => r.Name.ToLower().Contains(lowered));
        }

        if (after is { } last)
        {
            var (lastName, id) = (last.Value, last.Id);
            resellers = resellers.Where(r => string.Compare(r.Name, lastName) >= 0 && (string.Compare(r.Name, lastName) > 0 || r.Id.CompareTo(id) > 0));
        }

        return await resellers.OrderBy(r => r.Name).ThenBy(r => r.Id).Take(take).ToListAsync(cancellationToken);
    }

    public void Add(Reseller reseller) => db.Set<Reseller>().Add(reseller);
}
