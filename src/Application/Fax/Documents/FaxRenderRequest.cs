using Groupus.Domain.Fax;

namespace Groupus.Application.Fax.Documents;

/// <summary>
/// How to render a document: the fax resolution and, if wanted, a cover page put before it. Renders wait for a slot in
/// <paramref name="OrganisationId"/>'s turn (<see cref="FaxRenderScheduler"/>).
/// </summary>
public sealed record FaxRenderRequest(FaxResolution Resolution, FaxCoverPage? Cover, Guid OrganisationId = default);
