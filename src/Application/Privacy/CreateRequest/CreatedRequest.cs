using Groupus.Application.Privacy.Requests;

namespace Groupus.Application.Privacy.CreateRequest;

/// <summary>The request recorded, or the active one this submission was linked to as a duplicate.</summary>
public sealed record CreatedRequest(RequestView View, bool DuplicateOfActive);
