using System.Collections.Frozen;
using System.Numerics;
using System.Reflection;

namespace NtSec.AccessControl.Rights;

/// <summary>
/// The SDK names one object type accepts and prints, built once from its rights enum and
/// <see cref="StandardRights"/>. The first member declared for a value is its printed name.
/// </summary>
internal sealed class RightsNameTable
{
    private RightsNameTable(
        FrozenDictionary<string, uint> names,
        (string Name, uint Value)[] composites,
        string?[] bitNames,
        FrozenSet<string> ownNames)
    {
        Names = names;
        Composites = composites;
        BitNames = bitNames;
        OwnNames = ownNames;
    }

    /// <summary>Every accepted name (the type's own and the standard ones), case-insensitive.</summary>
    public FrozenDictionary<string, uint> Names { get; }

    /// <summary>The type's multi-bit names, largest first (bit count, then value), one per value.</summary>
    public (string Name, uint Value)[] Composites { get; }

    /// <summary>Printed name of each single bit: bits 0-15 from the type, 16-31 from the standard set.</summary>
    public string?[] BitNames { get; }

    /// <summary>The names that belong to the type's own enum (not the standard set).</summary>
    public FrozenSet<string> OwnNames { get; }

    public static RightsNameTable Build(Type rightsType)
    {
        var names = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var composites = new List<(string Name, uint Value)>();
        var bitNames = new string?[32];

        foreach ((string name, uint value) in DeclaredMembers(typeof(StandardRights)))
        {
            names.Add(name, value);
            if (BitOperations.PopCount(value) == 1 && value > AccessMask.SpecificRightsAll)
            {
                bitNames[BitOperations.TrailingZeroCount(value)] ??= name;
            }
        }

        if (rightsType != typeof(StandardRights))
        {
            foreach ((string name, uint value) in DeclaredMembers(rightsType))
            {
                if (names.TryGetValue(name, out uint existing) && existing != value)
                {
                    throw new InvalidOperationException($"{rightsType.Name}.{name} clashes with a standard right.");
                }

                names[name] = value;
                own.Add(name);
                int bits = BitOperations.PopCount(value);
                if (bits == 1 && value <= AccessMask.SpecificRightsAll)
                {
                    bitNames[BitOperations.TrailingZeroCount(value)] ??= name;
                }
                else if (bits > 1 && !composites.Exists(c => c.Value == value))
                {
                    composites.Add((name, value));
                }
            }
        }

        composites.Sort(static (a, b) =>
        {
            int byBits = BitOperations.PopCount(b.Value).CompareTo(BitOperations.PopCount(a.Value));
            return byBits != 0 ? byBits : b.Value.CompareTo(a.Value);
        });

        return new RightsNameTable(
            names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            [.. composites],
            bitNames,
            own.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The enum's members in declaration order (metadata order, which the C# compiler keeps).</summary>
    private static IEnumerable<(string Name, uint Value)> DeclaredMembers(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => f.MetadataToken)
            .Select(f => (f.Name, (uint)f.GetRawConstantValue()!));
}
