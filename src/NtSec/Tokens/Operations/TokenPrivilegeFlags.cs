using System.Collections.Immutable;
using NtSec.Principals;

namespace NtSec.Tokens.Operations;

/// <summary>
/// The TokenFlags bits that mirror enabled privileges: TOKEN_HAS_TRAVERSE_PRIVILEGE
/// (SeChangeNotify), TOKEN_HAS_BACKUP_PRIVILEGE, TOKEN_HAS_RESTORE_PRIVILEGE and
/// TOKEN_HAS_IMPERSONATE_PRIVILEGE. The kernel recomputes them whenever a privilege's enabled state
/// changes (ReactOS SepUpdateSinglePrivilegeFlagToken / SepUpdatePrivilegeFlagsToken, read for behaviour).
/// </summary>
internal static class TokenPrivilegeFlags
{
    private const TokenFlags Mask = TokenFlags.TOKEN_HAS_TRAVERSE_PRIVILEGE | TokenFlags.TOKEN_HAS_BACKUP_PRIVILEGE
        | TokenFlags.TOKEN_HAS_RESTORE_PRIVILEGE | TokenFlags.TOKEN_HAS_IMPERSONATE_PRIVILEGE;

    /// <summary><paramref name="flags"/> with the four privilege bits recomputed from <paramref name="privileges"/>.</summary>
    public static TokenFlags Recompute(TokenFlags flags, ImmutableArray<LuidAndAttributes> privileges)
    {
        flags &= ~Mask;
        foreach (var p in privileges)
        {
            if (!p.IsEnabled || p.Luid.HighPart != 0)
            {
                continue;
            }

            flags |= (WellKnownPrivilege)p.Luid.LowPart switch
            {
                WellKnownPrivilege.SeChangeNotifyPrivilege => TokenFlags.TOKEN_HAS_TRAVERSE_PRIVILEGE,
                WellKnownPrivilege.SeBackupPrivilege => TokenFlags.TOKEN_HAS_BACKUP_PRIVILEGE,
                WellKnownPrivilege.SeRestorePrivilege => TokenFlags.TOKEN_HAS_RESTORE_PRIVILEGE,
                WellKnownPrivilege.SeImpersonatePrivilege => TokenFlags.TOKEN_HAS_IMPERSONATE_PRIVILEGE,
                _ => TokenFlags.None,
            };
        }

        return flags;
    }
}
