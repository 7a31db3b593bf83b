using System.Collections.Immutable;
using NtSec.Principals;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// Sizes of the x64 structures NtQueryInformationToken writes, and the arithmetic Windows uses for the
/// variable-length classes (the ReturnLength it reports). Pointers are 8 bytes; SID_AND_ATTRIBUTES is a
/// PSID and a DWORD padded to 16; LUID_AND_ATTRIBUTES is a LUID (two DWORDs) and a DWORD, 12 bytes with
/// 4-byte alignment. A SID is 8 + 4 * SubAuthorityCount bytes, always a multiple of 4, so SIDs packed after
/// an array stay DWORD-aligned without padding (winnt.h; Windows 11 NtQueryInformationToken as decompiled
/// in public research repositories).
/// </summary>
internal static class TokenInformationLayout
{
    /// <summary>A pointer or a HANDLE on x64.</summary>
    public const int PointerSize = 8;

    /// <summary>sizeof(SID_AND_ATTRIBUTES) on x64: PSID (8) + Attributes (4) + 4 bytes of padding.</summary>
    public const int SidAndAttributesSize = 16;

    /// <summary>sizeof(LUID_AND_ATTRIBUTES): LUID (8) + Attributes (4).</summary>
    public const int LuidAndAttributesSize = 12;

    /// <summary>The TOKEN_GROUPS header: GroupCount (4) + 4 bytes of padding before the 8-aligned array.</summary>
    public const int TokenGroupsHeaderSize = 8;

    /// <summary>sizeof(TOKEN_PRIVILEGES): PrivilegeCount (4) + one LUID_AND_ATTRIBUTES (ANYSIZE_ARRAY).</summary>
    public const int TokenPrivilegesSize = 4 + LuidAndAttributesSize;

    /// <summary>sizeof(TOKEN_SOURCE): SourceName[8] + SourceIdentifier (LUID).</summary>
    public const int TokenSourceSize = 16;

    /// <summary>
    /// sizeof(TOKEN_STATISTICS): TokenId 8, AuthenticationId 8, ExpirationTime 8, TokenType 4,
    /// ImpersonationLevel 4, DynamicCharged 4, DynamicAvailable 4, GroupCount 4, PrivilegeCount 4, ModifiedId 8.
    /// </summary>
    public const int TokenStatisticsSize = 56;

    /// <summary>
    /// sizeof(TOKEN_GROUPS_AND_PRIVILEGES) on x64: SidCount 4, SidLength 4, Sids 8, RestrictedSidCount 4,
    /// RestrictedSidLength 4, RestrictedSids 8, PrivilegeCount 4, PrivilegeLength 4, Privileges 8, AuthenticationId 8.
    /// </summary>
    public const int TokenGroupsAndPrivilegesSize = 56;

    /// <summary>A DWORD (TOKEN_TYPE, TOKEN_ELEVATION, session id, the flag classes).</summary>
    public const int DwordSize = 4;

    /// <summary>sizeof(TOKEN_ORIGIN): one LUID.</summary>
    public const int LuidSize = 8;

    /// <summary>The length of a SID (RtlLengthSid).</summary>
    public static int Sid(Sid? sid) => sid?.BinaryLength ?? 0;

    /// <summary>
    /// A TOKEN_GROUPS: the 8-byte header, one SID_AND_ATTRIBUTES per group, then the SIDs:
    /// 8 + 16n + sum of SID lengths (Windows: 16 * UserAndGroupCount - 8 + SIDs for TokenGroups, whose
    /// UserAndGroupCount counts the user too).
    /// </summary>
    public static int Groups(ImmutableArray<SidAndAttributes> groups)
    {
        groups = OrEmpty(groups);
        int length = TokenGroupsHeaderSize + (SidAndAttributesSize * groups.Length);
        foreach (var g in groups)
        {
            length += g.Sid.BinaryLength;
        }

        return length;
    }

    /// <summary>
    /// A TOKEN_PRIVILEGES: never less than sizeof(TOKEN_PRIVILEGES) (16, the ANYSIZE_ARRAY entry is counted
    /// even for zero privileges), else 4 + 12n.
    /// </summary>
    public static int Privileges(int count) => count <= 1 ? TokenPrivilegesSize : 4 + (LuidAndAttributesSize * count);

    /// <summary>
    /// One array of TOKEN_GROUPS_AND_PRIVILEGES: 16 bytes per entry plus each SID rounded up to 8 bytes
    /// (Windows aligns the SIDs of this class to 8, unlike TOKEN_GROUPS).
    /// </summary>
    public static int SidArrayAligned8(ImmutableArray<SidAndAttributes> entries)
    {
        int length = 0;
        foreach (var e in OrEmpty(entries))
        {
            length += SidAndAttributesSize + ((e.Sid.BinaryLength + 7) & ~7);
        }

        return length;
    }

    /// <summary>A default (uninitialised) array counts as empty, so a length never throws.</summary>
    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
