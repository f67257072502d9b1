using System.CodeDom.Compiler;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Groupus.ArchitectureTests.Support;

/// <summary>Plain reflection over our assemblies, for the rules NetArchTest cannot express.</summary>
public static class TypeScan
{
    /// <summary>Every type the assemblies define, except what a compiler or source generator wrote.</summary>
    public static IEnumerable<Type> HandWrittenTypes(IEnumerable<System.Reflection.Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetTypes()).Where(t => !IsGenerated(t));

    public static bool IsGenerated(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t.Name.StartsWith('<')
                || t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                || t.IsDefined(typeof(GeneratedCodeAttribute), inherit: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The closed forms of <paramref name="openGeneric"/> that <paramref name="type"/> implements or derives from.</summary>
    public static IEnumerable<Type> ClosedFormsOf(Type type, Type openGeneric)
    {
        if (openGeneric.IsInterface)
        {
            return type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric);
        }

        var found = new List<Type>();
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == openGeneric)
            {
                found.Add(t);
            }
        }

        return found;
    }

    public static bool Implements(Type type, Type openGenericOrPlain) =>
        openGenericOrPlain.IsGenericTypeDefinition
            ? ClosedFormsOf(type, openGenericOrPlain).Any()
            : openGenericOrPlain.IsAssignableFrom(type) && type != openGenericOrPlain;

    /// <summary>Public at the top level (not nested, not internal).</summary>
    public static bool IsPublicTopLevel(Type type) => type.IsPublic;

    public static string Name(Type type) => ArchitectureAssert.Name(type);
}
