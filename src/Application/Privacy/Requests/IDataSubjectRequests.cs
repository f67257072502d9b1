using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

public interface IDataSubjectRequests
{
    void Add(DataSubjectRequest request);

    /// <summary>Stops tracking a request whose insert was refused (another active one won the race).</summary>
    void Forget(DataSubjectRequest request);

    Task<DataSubjectRequest?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<DataSubjectRequest?> FindActiveAsync(Guid subjectId, DataSubjectRequestType type, CancellationToken cancellationToken);

    void AddDuplicate(DuplicateSubmission duplicate);

    Task<IReadOnlyList<Guid>> DuplicateIdsOfAsync(Guid requestId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DataSubjectRequest>> ListAsync(RequestListFilter filter, CancellationToken cancellationToken);

    /// <summary>Requests a run left in progress with steps still pending (the process stopped mid-run).</summary>
    Task<IReadOnlyList<Guid>> InterruptedAsync(CancellationToken cancellationToken);

    void AddCertificate(ErasureCertificate certificate);

    Task<ErasureCertificate?> CertificateOfAsync(Guid requestId, CancellationToken cancellationToken);
}
