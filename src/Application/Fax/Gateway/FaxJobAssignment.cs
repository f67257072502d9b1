using Groupus.Domain.Fax;

namespace Groupus.Application.Fax.Gateway;

/// <summary>A job leased to a gateway line for one try, from <see cref="FirstPage"/> to the end.</summary>
public sealed record FaxJobAssignment(
    Guid GatewayId,
    Guid JobId,
    Guid LeaseId,
    string LineId,
    string Number,
    int FirstPage,
    int PageCount,
    FaxResolution Resolution,
    long DocumentBytes,
    string DocumentSha256);
