using System.Collections.Frozen;
using System.Reflection;
using NtSec.Kernel;

namespace NtSec.Cli.Scenarios;

/// <summary>
/// The routines a scenario may call, found by reflection: the public static methods of the public static
/// classes in NtSec.Kernel.Native, NtSec.Kernel.Impersonation and NtSec.Win32, by method name (case-sensitive).
/// Methods with by-reference-like parameters (spans) cannot be called through reflection and are left out;
/// their other overloads remain.
/// </summary>
internal sealed class RoutineCatalog
{
    /// <summary>The namespaces searched, with the kind each gives.</summary>
    public static readonly IReadOnlyList<(string Namespace, string Kind)> Namespaces =
    [
        ("NtSec.Kernel.Native", "native"),
        ("NtSec.Kernel.Impersonation", "native"),
        ("NtSec.Win32", "win32"),
    ];

    private static readonly Lazy<RoutineCatalog> Instance = new(() => new RoutineCatalog(typeof(Machine).Assembly));

    private readonly FrozenDictionary<string, Routine> _routines;

    /// <summary>The routines of <paramref name="assemblies"/> (the NtSec library; tests add their own).</summary>
    public RoutineCatalog(params Assembly[] assemblies)
    {
        var found = new Dictionary<string, (string Kind, List<RoutineSignature> Overloads)>(StringComparer.Ordinal);
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()))
        {
            if (!(type.IsAbstract && type.IsSealed && type.IsClass) || type.IsNested)
            {
                continue; // static classes only
            }

            var kind = Namespaces.FirstOrDefault(n => n.Namespace == type.Namespace).Kind;
            if (kind is null)
            {
                continue;
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.IsSpecialName || method.ContainsGenericParameters || !IsInvocable(method))
                {
                    continue;
                }

                if (!found.TryGetValue(method.Name, out var entry))
                {
                    entry = (kind, []);
                    found[method.Name] = entry;
                }

                entry.Overloads.Add(new RoutineSignature(method));
            }
        }

        _routines = found.ToFrozenDictionary(e => e.Key, e => new Routine(e.Key, e.Value.Kind, e.Value.Overloads), StringComparer.Ordinal);
    }

    /// <summary>The catalog of the NtSec library.</summary>
    public static RoutineCatalog Default => Instance.Value;

    /// <summary>Every routine name, sorted.</summary>
    public IEnumerable<string> Names => _routines.Keys.Order(StringComparer.Ordinal);

    /// <summary>The routine named exactly <paramref name="name"/>, or false.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out Routine? routine) => _routines.TryGetValue(name, out routine);

    private static bool IsInvocable(MethodInfo method) =>
        !method.ReturnType.IsByRefLike && !method.ReturnType.IsByRef
        && method.GetParameters().All(p => !(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType).IsByRefLike
            && !p.ParameterType.IsPointer);
}
