using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>Opens sealed personal text as a record is materialised (tracked or not), so the domain sees plaintext, or the erased placeholder.</summary>
internal sealed class SubjectFieldOpening(SubjectFieldCipher cipher) : IMaterializationInterceptor
{
    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
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
