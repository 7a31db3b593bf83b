using NtSec.AccessControl.Rights;

namespace NtSec.Cli.Scenarios;

/// <summary>
/// Access masks in scenarios: hex, decimal, or SDK names joined by '|' (as `ntsec check` reads them). Names are
/// looked up first among the rights of the type the routine works on (token rights for token routines, ...),
/// then among every type's names, so a routine of no particular type (NtAccessCheck, NtDuplicateObject) takes
/// any SDK right name. Generic rights stay generic: the routine maps them, as Windows does.
/// </summary>
internal static class MaskParser
{
    public static bool TryParse(string text, ObjectTypeKind? kind, out uint mask, [NotNullWhen(false)] out string? error)
    {
        mask = 0;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "expected an access mask: a number such as 0x20008 or SDK names joined by '|'";
            return false;
        }

        var parts = text.Split('|');
        for (int i = 0; i < parts.Length; i++)
        {
            string segment = parts[i].Trim();
            if (segment.Length == 0)
            {
                error = i == 0 ? "expected an access right name or number before '|'" : "expected an access right name or number after '|'";
                return false;
            }

            if (!TryOne(segment, kind, out uint value, out error))
            {
                return false;
            }

            mask |= value;
        }

        return true;
    }

    /// <summary>The type whose rights a routine's masks name, from its name; null when none stands out.</summary>
    public static ObjectTypeKind? KindOf(string routineName)
    {
        (string Word, ObjectTypeKind Kind)[] words =
        [
            ("Token", ObjectTypeKind.Token), ("Event", ObjectTypeKind.Event), ("Mutant", ObjectTypeKind.Mutant),
            ("Mutex", ObjectTypeKind.Mutant), ("Semaphore", ObjectTypeKind.Semaphore), ("Section", ObjectTypeKind.Section),
            ("FileMapping", ObjectTypeKind.Section), ("Process", ObjectTypeKind.Process), ("Thread", ObjectTypeKind.Thread),
            ("Service", ObjectTypeKind.Service), ("Key", ObjectTypeKind.Key), ("File", ObjectTypeKind.File),
        ];
        foreach (var (word, kind) in words)
        {
            if (routineName.Contains(word, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    private static bool TryOne(string segment, ObjectTypeKind? kind, out uint value, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        string? first = null;
        if (kind is { } k)
        {
            if (AccessMaskNames.TryParse(segment, k, out var m, out var e))
            {
                value = m.Value;
                error = null;
                return true;
            }

            first = e.Message;
        }

        foreach (var other in Enum.GetValues<ObjectTypeKind>())
        {
            if (AccessMaskNames.TryParse(segment, other, out var m, out var e))
            {
                value = m.Value;
                error = null;
                return true;
            }

            first ??= e.Message;
        }

        error = $"'{YamlNodes.Shorten(segment)}': {first}";
        return false;
    }
}
