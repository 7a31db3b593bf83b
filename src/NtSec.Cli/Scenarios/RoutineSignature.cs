using System.Collections.Immutable;
using System.Reflection;
using NtSec.Status;

namespace NtSec.Cli.Scenarios;

/// <summary>One overload of a routine: the method and its parameters.</summary>
internal sealed class RoutineSignature
{
    public RoutineSignature(MethodInfo method)
    {
        Method = method;
        Parameters = [.. method.GetParameters().Select(p => new RoutineParameter(p))];
    }

    /// <summary>The static method.</summary>
    public MethodInfo Method { get; }

    /// <summary>The routine's name.</summary>
    public string Name => Method.Name;

    /// <summary>The parameters in order.</summary>
    public ImmutableArray<RoutineParameter> Parameters { get; }

    /// <summary>The return type (typeof(void) for none).</summary>
    public Type ReturnType => Method.ReturnType;

    /// <summary>True when the routine returns an NTSTATUS.</summary>
    public bool ReturnsStatus => ReturnType == typeof(NtStatus);

    /// <summary>True when the routine takes a KernelCall (and so needs `as`).</summary>
    public bool NeedsCaller => Parameters.Any(p => p.Role == ParameterRole.Call);

    /// <summary>The parameter named <paramref name="name"/> (case-insensitive), or null.</summary>
    public RoutineParameter? Find(string name) => Parameters.FirstOrDefault(p => p.Matches(name));

    /// <summary>"NtOpenThreadToken(ThreadHandle, DesiredAccess, OpenAsSelf, out TokenHandle)".</summary>
    public string Describe() =>
        $"{Name}({string.Join(", ", Parameters.Where(p => p.Role is not (ParameterRole.Call or ParameterRole.Machine)).Select(Describe))})";

    private static string Describe(RoutineParameter p) => p.Role switch
    {
        ParameterRole.Output => "out " + p.DocName,
        ParameterRole.InOut => "inout " + p.DocName,
        _ when !p.IsRequired => p.DocName + "?",
        _ => p.DocName,
    };
}
