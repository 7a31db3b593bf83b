using NtSec.Principals;

namespace NtSec.AccessControl.Sddl;

/// <summary>Writes a SID as Windows' SDDL output does: the first matching alias, else S-1-....</summary>
internal static class SddlSidWriter
{
    public static string Format(SddlContext context, Sid sid) => context.AliasOf(sid) ?? sid.ToString();
}
