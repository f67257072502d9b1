using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>
/// Opens sealed personal text as a record is materialised (tracked or not), so the domain sees plaintext, or the erased
/// placeholder. One instance for the process: EF Core builds an internal service provider per materialisation
/// interceptor instance, so the cipher is taken from the context, not injected.
/// </summary>
internal sealed class SubjectFieldOpening : IMaterializationInterceptor
{
    public static SubjectFieldOpening Instance { get; } = new();

    private SubjectFieldOpening()
    {
    }

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if ((materializationData.Context as ModuleDbContext)?.SubjectCipher is not { } cipher)
        {
            return entity;
        }

        foreach (var column in SubjectKeyedModel.SealedColumnsOf(materializationData.EntityType))
        {
            if (column.Read(entity) is { } stored && SubjectFieldCipher.IsSealed(stored))
            {
                column.Write(entity, cipher.Open(stored, column.Column));
            }
        }

        return entity;
    }
}
