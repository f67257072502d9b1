using System.Reflection;
using Grpc.Core;
using Groupus.ArchitectureTests.Support;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Groupus.ArchitectureTests.Rules;

/// <summary>
/// Rule 5: the gRPC edge stays thin. A service (a class deriving from a generated <c>*Base</c>, the one that
/// carries <see cref="BindServiceMethodAttribute"/>) maps messages and sends commands; it does not reach for
/// EF Core or the infrastructure layer.
/// </summary>
public static class GrpcServiceRule
{
    public static readonly string[] Forbidden = ["Microsoft.EntityFrameworkCore", "Groupus.Infrastructure"];

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var list = assemblies.ToList();
        var services = TypeScan.HandWrittenTypes(list).Where(IsGrpcService).Select(TypeScan.Name).ToHashSet(StringComparer.Ordinal);
        var result = NetArchTestResults.ToRuleResult(
            Types.InAssemblies(list).That().MeetCustomRule(new NamedOneOf(services)),
            selection => selection.ShouldNot().HaveDependencyOnAny(Forbidden),
            $"a gRPC service depends on one of: {string.Join(", ", Forbidden)}");
        return result;
    }

    public static bool IsGrpcService(Type type)
    {
        if (!type.IsClass || type.IsAbstract)
        {
            return false;
        }

        for (var b = type.BaseType; b is not null; b = b.BaseType)
        {
            if (b.IsDefined(typeof(BindServiceMethodAttribute), inherit: false))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class NamedOneOf(IReadOnlySet<string> names) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) => names.Contains(type.FullName.Replace('/', '+'));
    }
}
