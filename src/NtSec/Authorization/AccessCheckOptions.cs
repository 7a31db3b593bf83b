using System.Collections.Immutable;
using NtSec.Principals;

namespace NtSec.Authorization;

/// <summary>Optional inputs of an access check.</summary>
public sealed class AccessCheckOptions
{
    /// <summary>No options: a plain NtAccessCheck.</summary>
    public static AccessCheckOptions None { get; } = new();

    /// <summary>The SID that replaces PRINCIPAL_SELF (S-1-5-10) in ACEs (NtAccessCheckByType's PrincipalSelfSid).</summary>
    public Sid? PrincipalSelfSid { get; init; }

    /// <summary>The object-type list of NtAccessCheckByType; empty for a plain check.</summary>
    public ImmutableArray<ObjectTypeEntry> ObjectTypes { get; init; } = [];

    /// <summary>
    /// A backup/restore-intent file open (FILE_OPEN_FOR_BACKUP_INTENT): enabled SeBackupPrivilege and
    /// SeRestorePrivilege grant their rights before the DACL (docs/access-check.md).
    /// </summary>
    public bool BackupRestoreIntent { get; init; }
}
