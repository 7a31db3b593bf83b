using NtSec.AccessControl;
using NtSec.AccessControl.Rights;

namespace NtSec.Cli;

/// <summary>Reads the TYPE and MASK arguments of `ntsec check` (CONTRACT.md).</summary>
internal static class CheckInputs
{
    public static bool TryType(string? name, [NotNullWhen(true)] out ObjectTypeInfo? type, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (ObjectTypeInfo.TryGetByName(name ?? "file", out type))
        {
            return true;
        }

        error = $"type '{name}': unknown (known: {string.Join(", ", ObjectTypeInfo.All.Select(t => t.Name))})";
        return false;
    }

    /// <summary>
    /// A mask: hex, decimal or "|"-joined SDK names. Generic rights given by name are mapped with
    /// the type's mapping (CONTRACT.md); generic bits given as a number are passed on unmapped, so
    /// the check answers STATUS_GENERIC_NOT_MAPPED as NtAccessCheck would.
    /// </summary>
    public static bool TryMask(string text, ObjectTypeInfo type, out uint mask, [NotNullWhen(false)] out string? error)
    {
        mask = 0;
        if (!AccessMaskNames.TryParse(text, type.Kind, out var parsed, out var parseError))
        {
            error = $"access '{text}': {parseError}";
            return false;
        }

        mask = text.Contains("GENERIC_", StringComparison.OrdinalIgnoreCase) ? type.GenericMapping.Map(parsed.Value) : parsed.Value;
        error = null;
        return true;
    }
}
