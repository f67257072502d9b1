using Groupus.Contracts.Numbering;
using Groupus.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Numbering;

/// <summary>Routing looks up any organisation's number, whoever the caller is: the tenant filter is lifted.</summary>
internal sealed class NumberDirectory(NumberingDbContext db) : INumberDirectory
{
    public async Task<NumberOwner?> FindOwnerAsync(string e164, CancellationToken cancellationToken)
    {
        var found = await db.Set<PhoneNumber>().IgnoreQueryFilters().AsNoTracking()
            .Where(n => n.E164 == e164 && n.OrganisationId != null)
            .Select(n => new { n.Id, n.OrganisationId, n.Purpose })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new NumberOwner(found.Id, found.OrganisationId!.Value, found.Purpose == NumberPurpose.Fax ? NumberUse.Fax : NumberUse.Voice);
    }
}
