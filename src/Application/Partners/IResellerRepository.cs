using Groupus.Application.Common.Paging;
using Groupus.Domain.Partners;

namespace Groupus.Application.Partners;

public interface IResellerRepository
{
    Task<Reseller?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Is the (normalised) agreement reference held by a reseller other than <paramref name="exceptId"/>?</summary>
    Task<bool> AgreementReferenceTakenAsync(string agreementReference, Guid? exceptId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Reseller>> ListAsync(ResellerKind? kind, ResellerStatus? status, string? nameContains, PageKey? after, int take, CancellationToken cancellationToken);

    void Add(Reseller reseller);
}
