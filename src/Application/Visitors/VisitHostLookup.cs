using Groupus.Application.Common.Results;
using Groupus.Contracts.Identity;
using Groupus.Domain.Visitors;

namespace Groupus.Application.Visitors;

/// <summary>Resolves the host a receptionist names to a member of staff, through the identity module's directory.</summary>
public sealed class VisitHostLookup(IStaffDirectory directory)
{
    public async Task<Result<VisitHost>> FindAsync(string hostUsername, CancellationToken cancellationToken)
    {
        var entry = await directory.FindByUsernameAsync(hostUsername, cancellationToken);
        return entry is null
            ? Error.Invalid("HostUsername", "no member of staff has this username")
            : new VisitHost(entry.StaffId, entry.Username, entry.DisplayName);
    }
}
