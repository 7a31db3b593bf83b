using System.Reflection;
using System.Runtime.CompilerServices;
using NtSec.Kernel;

namespace NtSec.Cli.Scenarios;

/// <summary>One parameter of a routine, as the scenario runner sees it.</summary>
internal sealed class RoutineParameter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public RoutineParameter(ParameterInfo info)
    {
        Info = info;
        Name = info.Name ?? $"arg{info.Position}";
        DocName = char.ToUpperInvariant(Name[0]) + Name[1..];
        var type = info.ParameterType;
        Type = type.IsByRef ? type.GetElementType()! : type;
        if (Type == typeof(KernelCall))
        {
            Role = ParameterRole.Call;
        }
        else if (Type == typeof(Machine))
        {
            Role = ParameterRole.Machine;
        }
        else if (type.IsByRef && info.IsOut)
        {
            Role = ParameterRole.Output;
        }
        else if (type.IsByRef || IsStrongBox(Type) || Type.IsArray)
        {
            Role = ParameterRole.InOut;
        }
        else
        {
            Role = ParameterRole.Input;
        }

        IsNullable = Nullable.GetUnderlyingType(Type) is not null
            || (!Type.IsValueType && Nullability.Create(info).WriteState != NullabilityState.NotNull);
        HasDefault = info.HasDefaultValue;
    }

    /// <summary>The reflection parameter.</summary>
    public ParameterInfo Info { get; }

    /// <summary>The C# name (camelCase).</summary>
    public string Name { get; }

    /// <summary>The documented name (PascalCase), as scenarios write it.</summary>
    public string DocName { get; }

    /// <summary>The parameter type, without the by-reference wrapper.</summary>
    public Type Type { get; }

    /// <summary>How the runner fills it.</summary>
    public ParameterRole Role { get; }

    /// <summary>True when null (a NULL pointer) is a valid value.</summary>
    public bool IsNullable { get; }

    /// <summary>True when the C# parameter has a default value.</summary>
    public bool HasDefault { get; }

    /// <summary>May be given in `args`.</summary>
    public bool AcceptsInput => Role is ParameterRole.Input or ParameterRole.InOut;

    /// <summary>Is read after the call (may be named in `out` and `expect`).</summary>
    public bool IsOutput => Role is ParameterRole.Output or ParameterRole.InOut;

    /// <summary>Must be given in `args`: an input that is neither optional (a default) nor nullable.</summary>
    public bool IsRequired => Role == ParameterRole.Input && !IsNullable && !HasDefault;

    /// <summary>True for StrongBox&lt;T&gt;: a pointer to one caller-owned value.</summary>
    public static bool IsStrongBox(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(StrongBox<>);

    /// <summary>True when <paramref name="name"/> (from YAML) names this parameter (case-insensitive).</summary>
    public bool Matches(string name) => string.Equals(name, Name, StringComparison.OrdinalIgnoreCase);
}
