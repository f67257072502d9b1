using System.Globalization;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Privacy.Requests;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Privacy;

internal sealed class DataSubjectRequestRepository(PrivacyDbContext db) : IDataSubjectRequests
{
    public void Add(DataSubjectRequest request) => db.Requests.Add(request);

    public void Forget(DataSubjectRequest request)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (ReferenceEquals(entry.Entity, request)
                || (entry.Entity is RequestEvent e && e.RequestId == request.Id)
                || (entry.Entity is RequestStep s && s.RequestId == request.Id)
                || (entry.Entity is Referral r && r.RequestId == request.Id))
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    public Task<DataSubjectRequest?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        WithChildren().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<DataSubjectRequest?> FindActiveAsync(Guid subjectId, DataSubjectRequestType type, CancellationToken cancellationToken)
    {
        var key = DataSubjectRequest.ActiveKeyOf(subjectId, type);
        return WithChildren().FirstOrDefaultAsync(r => r.ActiveKey == key, cancellationToken);
    }

    public void AddDuplicate(DuplicateSubmission duplicate) => db.DuplicateSubmissions.Add(duplicate);

    public async Task<IReadOnlyList<Guid>> DuplicateIdsOfAsync(Guid requestId, CancellationToken cancellationToken) =>
        await db.DuplicateSubmissions.AsNoTracking().Where(d => d.ActiveRequestId == requestId).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DataSubjectRequest>> ListAsync(RequestListFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Requests.AsNoTracking().AsQueryable();
        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToList();
            query = query.Where(r => statuses.Contains(r.Status));
        }

        if (filter.Open is { } open)
        {
            query = open
                ? query.Where(r => r.Status != DataSubjectRequestStatus.Completed && r.Status != DataSubjectRequestStatus.Rejected)
                : query.Where(r => r.Status == DataSubjectRequestStatus.Completed || r.Status == DataSubjectRequestStatus.Rejected);
        }

        if (filter.DueFrom is not null || filter.DueTo is not null)
        {
            // A request that missed a due date is overdue whatever its current date says.
            query = query.Where(r => r.MissedDueOn == null);
        }

        if (filter.DueFrom is { } from)
        {
            query = query.Where(r => r.DueOn != null && r.DueOn >= from);
        }

        if (filter.DueTo is { } to)
        {
            query = query.Where(r => r.DueOn != null && r.DueOn <= to);
        }

        if (filter.OverdueOn is { } overdueOn)
        {
            query = query.Where(r => r.MissedDueOn != null || (r.DueOn != null && r.DueOn < overdueOn));
        }

        if (filter.After is { } last)
        {
            var id = last.Id;
            if (last.Value.Length == 0)
            {
                query = query.Where(r => r.DueOn == null && r.Id.CompareTo(id) > 0);
            }
            else
            {
                var due = DateOnly.ParseExact(last.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                query = query.Where(r => r.DueOn == null || r.DueOn > due || (r.DueOn == due && r.Id.CompareTo(id) > 0));
            }
        }

        return await query
            .OrderBy(r => r.DueOn == null)
            .ThenBy(r => r.DueOn)
            .ThenBy(r => r.Id)
            .Take(filter.Take)
            .Include(r => r.Steps)
            .Include(r => r.Referrals)
            .Include(r => r.History)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> InterruptedAsync(CancellationToken cancellationToken) =>
        await db.Requests.AsNoTracking()
            .Where(r => r.Status == DataSubjectRequestStatus.InProgress && r.Steps.Any())
            .OrderBy(r => r.Id)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);

    public void AddCertificate(ErasureCertificate certificate) => db.ErasureCertificates.Add(certificate);

    public Task<ErasureCertificate?> CertificateOfAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.ErasureCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.RequestId == requestId, cancellationToken);

    private IQueryable<DataSubjectRequest> WithChildren() =>
        db.Requests.Include(r => r.Steps).Include(r => r.Referrals).Include(r => r.History).AsSplitQuery();
}
