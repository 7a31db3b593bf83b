using System.Collections.Immutable;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// PRIVILEGE_SET (winnt.h): the privileges NtPrivilegeCheck tests and the ones an access check reports
/// as used. Its C layout is an 8-byte header (PrivilegeCount, Control) and 12 bytes per
/// LUID_AND_ATTRIBUTES; sizeof(PRIVILEGE_SET) is 20 because the structure declares one entry (ACC-08).
/// </summary>
/// <param name="Control">PRIVILEGE_SET_ALL_NECESSARY (1) or 0.</param>
/// <param name="Privileges">The privileges with their attributes.</param>
public sealed record PrivilegeSet(uint Control, ImmutableArray<LuidAndAttributes> Privileges)
{
    /// <summary>PRIVILEGE_SET_ALL_NECESSARY: every privilege of the set must be enabled.</summary>
    public const uint PRIVILEGE_SET_ALL_NECESSARY = 1;

    /// <summary>FIELD_OFFSET(PRIVILEGE_SET, Privilege): PrivilegeCount and Control.</summary>
    public const uint HeaderLength = 8;

    /// <summary>sizeof(LUID_AND_ATTRIBUTES).</summary>
    public const uint EntryLength = 12;

    /// <summary>sizeof(PRIVILEGE_SET): the header and one entry (wine.md Appendix B).</summary>
    public const uint SizeOf = HeaderLength + EntryLength;

    /// <summary>An empty set with Control 0.</summary>
    public static PrivilegeSet Empty { get; } = new(0, []);

    /// <summary>The bytes a PRIVILEGE_SET of <paramref name="count"/> entries takes, never less than sizeof(PRIVILEGE_SET).</summary>
    public static uint LengthFor(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Math.Max(SizeOf, HeaderLength + (EntryLength * (uint)count));
    }
}
