namespace NtSec.AccessControl.Rights;

/// <summary>
/// Access rights specific to mutant (mutex) objects (winnt.h; "Synchronization Object Security
/// and Access Rights" on learn.microsoft.com, whose MUTEX_* names are accepted as aliases).
/// </summary>
[Flags]
public enum MutantAccessRights : uint
{
    /// <summary>MUTANT_QUERY_STATE (0x0001): query the mutant (NtQueryMutant). winnt.h.</summary>
    MUTANT_QUERY_STATE = 0x0001,
    /// <summary>MUTANT_ALL_ACCESS (0x001F0001) = STANDARD_RIGHTS_REQUIRED|SYNCHRONIZE|MUTANT_QUERY_STATE. winnt.h.</summary>
    MUTANT_ALL_ACCESS = 0x001F_0001,
    /// <summary>MUTEX_MODIFY_STATE (0x0001), the Win32 name of MUTANT_QUERY_STATE. synchapi.h; the docs page above.</summary>
    MUTEX_MODIFY_STATE = 0x0001,
    /// <summary>MUTEX_ALL_ACCESS (0x001F0001), the Win32 name of MUTANT_ALL_ACCESS. synchapi.h; the docs page above.</summary>
    MUTEX_ALL_ACCESS = 0x001F_0001,
}
