using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;

// EF Core's materializer source is "pubternal"; it is the only place a materialisation interceptor can be scoped by type.
#pragma warning disable EF1001

namespace Groupus.Infrastructure.Persistence.Subjects;

/// <summary>
/// Builds the materialiser of an entity type with <see cref="SubjectFieldOpening"/> only if the type has sealed columns.
/// EF Core has no per-type interceptor: with a materialisation interceptor registered, every entity it reads is built
/// through a dictionary of property accessors (two delegates a property) handed to the interceptor, even when the
/// interceptor has nothing to open. Decided once per type, when a query's shaper is compiled; the other singleton
/// interceptors, and any other materialisation interceptor, still apply to every type.
/// </summary>
internal sealed class SealedTypesMaterializerSource : IStructuralTypeMaterializerSource
{
    private readonly RelationalStructuralTypeMaterializerSource _opening;
    private readonly RelationalStructuralTypeMaterializerSource _plain;

    public SealedTypesMaterializerSource(StructuralTypeMaterializerSourceDependencies dependencies)
    {
        _opening = new RelationalStructuralTypeMaterializerSource(dependencies);
        _plain = new RelationalStructuralTypeMaterializerSource(
            dependencies with { SingletonInterceptors = [.. dependencies.SingletonInterceptors.Where(i => i is not SubjectFieldOpening)] });
    }

    public Expression CreateMaterializeExpression(StructuralTypeMaterializerSourceParameters parameters, Expression materializationExpression) =>
        For(parameters.StructuralType).CreateMaterializeExpression(parameters, materializationExpression);

    public Func<MaterializationContext, object> GetMaterializer(IEntityType entityType) => For(entityType).GetMaterializer(entityType);

    public Func<MaterializationContext, object> GetMaterializer(IComplexType complexType) => _opening.GetMaterializer(complexType);

    public Func<MaterializationContext, object> GetEmptyMaterializer(IEntityType entityType) => For(entityType).GetEmptyMaterializer(entityType);

    public Func<MaterializationContext, object> GetEmptyMaterializer(IComplexType complexType) => _opening.GetEmptyMaterializer(complexType);

    /// <summary>True when records of this type are built without <see cref="SubjectFieldOpening"/>: it has nothing to open.</summary>
    public static bool SkipsOpening(ITypeBase type) => type is IEntityType entityType && SubjectKeyedModel.SealedColumnsOf(entityType).Count == 0;

    private RelationalStructuralTypeMaterializerSource For(ITypeBase type) => SkipsOpening(type) ? _plain : _opening;
}
