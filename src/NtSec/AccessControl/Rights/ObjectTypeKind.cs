namespace NtSec.AccessControl.Rights;

/// <summary>
/// The object types whose rights and generic mappings NtSec knows. See <see cref="ObjectTypeInfo"/>
/// for each one's CLI name, mapping and rights enum.
/// </summary>
public enum ObjectTypeKind
{
    /// <summary>A file (kernel type "File"); CLI name "file".</summary>
    File = 0,
    /// <summary>A file-system directory (kernel type "File"); CLI name "directory".</summary>
    Directory = 1,
    /// <summary>A registry key (kernel type "Key"); CLI name "key".</summary>
    Key = 2,
    /// <summary>A process (kernel type "Process"); CLI name "process".</summary>
    Process = 3,
    /// <summary>A thread (kernel type "Thread"); CLI name "thread".</summary>
    Thread = 4,
    /// <summary>An access token (kernel type "Token"); CLI name "token".</summary>
    Token = 5,
    /// <summary>An event (kernel type "Event"); CLI name "event".</summary>
    Event = 6,
    /// <summary>A mutant, Win32 mutex (kernel type "Mutant"); CLI name "mutant".</summary>
    Mutant = 7,
    /// <summary>A semaphore (kernel type "Semaphore"); CLI name "semaphore".</summary>
    Semaphore = 8,
    /// <summary>A section, Win32 file mapping (kernel type "Section"); CLI name "section".</summary>
    Section = 9,
    /// <summary>A named pipe (kernel type "File"); CLI name "pipe".</summary>
    NamedPipe = 10,
    /// <summary>A service of the service control manager (not a kernel object); CLI name "service".</summary>
    Service = 11,
    /// <summary>A desktop (kernel type "Desktop"); CLI name "desktop".</summary>
    Desktop = 12,
    /// <summary>A window station (kernel type "WindowStation"); CLI name "winsta".</summary>
    WindowStation = 13,
    /// <summary>An Active Directory object (not a kernel object); CLI name "ds".</summary>
    DirectoryService = 14,
    /// <summary>No particular type (<see cref="GenericMapping.Generic"/>); CLI name "generic".</summary>
    Generic = 15,
}
