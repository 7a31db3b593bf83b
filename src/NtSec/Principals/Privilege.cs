namespace NtSec.Principals;

/// <summary>A privilege: its name ("SeDebugPrivilege"), LUID and display name ("Debug programs").</summary>
/// <param name="Name">The privilege name LookupPrivilegeName returns.</param>
/// <param name="Luid">The privilege's LUID on every Windows system (high part 0).</param>
/// <param name="DisplayName">The user right, as the "Privilege Constants" page names it.</param>
public sealed record Privilege(string Name, Luid Luid, string DisplayName)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
