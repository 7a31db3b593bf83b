namespace NtSec.Status;

/// <summary>
/// NTSTATUS values, named as the Windows SDK's ntstatus.h names them ([MS-ERREF] 2.3, 2.3.1).
/// Bits 31-30 are the severity (0 success, 1 informational, 2 warning, 3 error), bit 29 the
/// customer flag, bit 28 reserved (N), bits 27-16 the facility and bits 15-0 the code; see
/// <see cref="NtStatusFacts"/>. A value without a member here is still a valid NTSTATUS.
/// </summary>
/// <remarks>
/// The members cover the statuses that the modelled routines document (token open, filter,
/// duplicate, query/set, adjust; access checks; handles; named objects; security descriptors;
/// named pipes), plus the parse and validation failures. Every value was checked against the
/// SDK header text (ntstatus.h as shipped by mingw-w64; STATUS_NO_ACE_CONDITION,
/// STATUS_DUPLICATE_PRIVILEGES and STATUS_NOT_SAME_OBJECT, which that copy lacks, against the
/// SDK-generated TerraFX bindings and Wine's dlls/ntdll/error.h). Values are unique, so
/// <see cref="NtStatusNames.ToName(NtStatus)"/> is a function of the value; the SDK aliases
/// STATUS_WAIT_0 (= STATUS_SUCCESS) and STATUS_ABANDONED_WAIT_0 (= STATUS_ABANDONED) are
/// accepted by <see cref="NtStatusNames.TryParse(ReadOnlySpan{char}, out NtStatus)"/> only.
/// </remarks>
public enum NtStatus : uint
{
    // Success (severity 0)
    /// <summary>The operation completed successfully.</summary>
    STATUS_SUCCESS = 0x00000000,

    /// <summary>The caller specified WaitAny and object number 1 satisfied the wait.</summary>
    STATUS_WAIT_1 = 0x00000001,

    /// <summary>The caller specified WaitAny and object number 2 satisfied the wait.</summary>
    STATUS_WAIT_2 = 0x00000002,

    /// <summary>The caller specified WaitAny and object number 3 satisfied the wait.</summary>
    STATUS_WAIT_3 = 0x00000003,

    /// <summary>The caller specified WaitAny and object number 63 satisfied the wait.</summary>
    STATUS_WAIT_63 = 0x0000003F,

    /// <summary>The wait was satisfied by an abandoned mutant (object 0); also named STATUS_ABANDONED_WAIT_0.</summary>
    STATUS_ABANDONED = 0x00000080,

    /// <summary>The wait was satisfied by abandoned mutant number 63.</summary>
    STATUS_ABANDONED_WAIT_63 = 0x000000BF,

    /// <summary>A user-mode APC was delivered before the wait interval expired.</summary>
    STATUS_USER_APC = 0x000000C0,

    /// <summary>A kernel-mode APC was delivered before the wait interval expired.</summary>
    STATUS_KERNEL_APC = 0x00000100,

    /// <summary>The delay completed because the thread was alerted.</summary>
    STATUS_ALERTED = 0x00000101,

    /// <summary>The given timeout interval expired.</summary>
    STATUS_TIMEOUT = 0x00000102,

    /// <summary>The operation that was requested is pending completion.</summary>
    STATUS_PENDING = 0x00000103,

    /// <summary>A reparse should be performed by the object manager because the name resolved to a symbolic link.</summary>
    STATUS_REPARSE = 0x00000104,

    /// <summary>Returned by enumeration APIs when more information is available than fit in the buffer.</summary>
    STATUS_MORE_ENTRIES = 0x00000105,

    /// <summary>Not all of the requested privileges or groups were assigned to the caller (a success status).</summary>
    STATUS_NOT_ALL_ASSIGNED = 0x00000106,

    /// <summary>Some of the names or SIDs could not be translated.</summary>
    STATUS_SOME_NOT_MAPPED = 0x00000107,

    // Informational (severity 1)
    /// <summary>An attempt was made to create an object whose name already existed; the existing object was opened.</summary>
    STATUS_OBJECT_NAME_EXISTS = 0x40000000,

    /// <summary>A thread termination occurred while the thread was suspended; the thread was resumed and terminated.</summary>
    STATUS_THREAD_WAS_SUSPENDED = 0x40000001,

    // Warning (severity 2)
    /// <summary>{EXCEPTION} Alignment fault: a datatype misalignment was detected in a load or store instruction.</summary>
    STATUS_DATATYPE_MISALIGNMENT = 0x80000002,

    /// <summary>{Buffer Overflow} The data was too large to fit into the specified buffer; partial data was returned (a warning).</summary>
    STATUS_BUFFER_OVERFLOW = 0x80000005,

    /// <summary>{No More Files} No more files were found which match the file specification.</summary>
    STATUS_NO_MORE_FILES = 0x80000006,

    /// <summary>{Handles Closed} Handles to objects have been automatically closed.</summary>
    STATUS_HANDLES_CLOSED = 0x8000000A,

    /// <summary>{Non-Inheritable ACL} An access control list contains no components that can be inherited.</summary>
    STATUS_NO_INHERITANCE = 0x8000000B,

    /// <summary>{Partial Copy} Due to protection conflicts, not all the requested bytes could be copied.</summary>
    STATUS_PARTIAL_COPY = 0x8000000D,

    /// <summary>{No More Entries} No more entries are available from an enumeration operation.</summary>
    STATUS_NO_MORE_ENTRIES = 0x8000001A,

    /// <summary>The specified access control entry (ACE) does not contain a condition.</summary>
    STATUS_NO_ACE_CONDITION = 0x8000002F,

    // Error (severity 3)
    /// <summary>{Operation Failed} The requested operation was unsuccessful.</summary>
    STATUS_UNSUCCESSFUL = 0xC0000001,

    /// <summary>{Not Implemented} The requested operation is not implemented.</summary>
    STATUS_NOT_IMPLEMENTED = 0xC0000002,

    /// <summary>{Invalid Parameter} The specified information class is not a valid information class for the specified object.</summary>
    STATUS_INVALID_INFO_CLASS = 0xC0000003,

    /// <summary>The specified information record length does not match the length required for the specified information class.</summary>
    STATUS_INFO_LENGTH_MISMATCH = 0xC0000004,

    /// <summary>The instruction referenced memory that could not be read or written.</summary>
    STATUS_ACCESS_VIOLATION = 0xC0000005,

    /// <summary>An invalid HANDLE was specified.</summary>
    STATUS_INVALID_HANDLE = 0xC0000008,

    /// <summary>An invalid client ID was specified.</summary>
    STATUS_INVALID_CID = 0xC000000B,

    /// <summary>An invalid parameter was passed to a service or function.</summary>
    STATUS_INVALID_PARAMETER = 0xC000000D,

    /// <summary>A device that does not exist was specified (current Windows; older versions gave ERROR_FILE_NOT_FOUND).</summary>
    STATUS_NO_SUCH_DEVICE = 0xC000000E,

    /// <summary>{File Not Found} The file does not exist.</summary>
    STATUS_NO_SUCH_FILE = 0xC000000F,

    /// <summary>The specified request is not a valid operation for the target device.</summary>
    STATUS_INVALID_DEVICE_REQUEST = 0xC0000010,

    /// <summary>The end-of-file marker has been reached.</summary>
    STATUS_END_OF_FILE = 0xC0000011,

    /// <summary>{Still Busy} The specified I/O request packet is currently being processed.</summary>
    STATUS_MORE_PROCESSING_REQUIRED = 0xC0000016,

    /// <summary>{Not Enough Quota} Not enough virtual memory or paging file quota is available to complete the operation.</summary>
    STATUS_NO_MEMORY = 0xC0000017,

    /// <summary>{Access Denied} A process has requested access to an object but has not been granted those access rights.</summary>
    STATUS_ACCESS_DENIED = 0xC0000022,

    /// <summary>{Buffer Too Small} The buffer is too small to contain the entry; no information has been written to the buffer.</summary>
    STATUS_BUFFER_TOO_SMALL = 0xC0000023,

    /// <summary>{Wrong Type} There is a mismatch between the type of object that is required and the type of object in the request.</summary>
    STATUS_OBJECT_TYPE_MISMATCH = 0xC0000024,

    /// <summary>An invalid combination of parameters was specified.</summary>
    STATUS_INVALID_PARAMETER_MIX = 0xC0000030,

    /// <summary>The object name is invalid.</summary>
    STATUS_OBJECT_NAME_INVALID = 0xC0000033,

    /// <summary>The object name is not found.</summary>
    STATUS_OBJECT_NAME_NOT_FOUND = 0xC0000034,

    /// <summary>The object name already exists.</summary>
    STATUS_OBJECT_NAME_COLLISION = 0xC0000035,

    /// <summary>The object path component was not a directory object.</summary>
    STATUS_OBJECT_PATH_INVALID = 0xC0000039,

    /// <summary>{Path Not Found} The path does not exist.</summary>
    STATUS_OBJECT_PATH_NOT_FOUND = 0xC000003A,

    /// <summary>The object path component was not a directory object.</summary>
    STATUS_OBJECT_PATH_SYNTAX_BAD = 0xC000003B,

    /// <summary>A file cannot be opened because the share access flags are incompatible.</summary>
    STATUS_SHARING_VIOLATION = 0xC0000043,

    /// <summary>Insufficient quota exists to complete the operation.</summary>
    STATUS_QUOTA_EXCEEDED = 0xC0000044,

    /// <summary>An attempt to release a mutant object was made by a thread that was not the owner of the mutant object.</summary>
    STATUS_MUTANT_NOT_OWNED = 0xC0000046,

    /// <summary>An attempt was made to release a semaphore such that its maximum count would have been exceeded.</summary>
    STATUS_SEMAPHORE_LIMIT_EXCEEDED = 0xC0000047,

    /// <summary>An attempt was made to duplicate an object handle into or out of an exiting process.</summary>
    STATUS_THREAD_IS_TERMINATING = 0xC000004B,

    /// <summary>A non-close operation has been requested of a file object that has a delete pending.</summary>
    STATUS_DELETE_PENDING = 0xC0000056,

    /// <summary>The revision level is unknown.</summary>
    STATUS_UNKNOWN_REVISION = 0xC0000058,

    /// <summary>The revision levels of two structures (for example an ACL and an ACE) are incompatible.</summary>
    STATUS_REVISION_MISMATCH = 0xC0000059,

    /// <summary>The SID cannot be assigned as the owner of this object.</summary>
    STATUS_INVALID_OWNER = 0xC000005A,

    /// <summary>The SID cannot be assigned as the primary group of this object.</summary>
    STATUS_INVALID_PRIMARY_GROUP = 0xC000005B,

    /// <summary>An attempt was made to operate on an impersonation token by a thread that is not currently impersonating a client.</summary>
    STATUS_NO_IMPERSONATION_TOKEN = 0xC000005C,

    /// <summary>A mandatory group cannot be disabled.</summary>
    STATUS_CANT_DISABLE_MANDATORY = 0xC000005D,

    /// <summary>No logon servers are currently available to service the logon request.</summary>
    STATUS_NO_LOGON_SERVERS = 0xC000005E,

    /// <summary>A specified logon session does not exist; it may already have been terminated.</summary>
    STATUS_NO_SUCH_LOGON_SESSION = 0xC000005F,

    /// <summary>A specified privilege does not exist.</summary>
    STATUS_NO_SUCH_PRIVILEGE = 0xC0000060,

    /// <summary>A required privilege is not held by the client.</summary>
    STATUS_PRIVILEGE_NOT_HELD = 0xC0000061,

    /// <summary>The name provided is not a properly formed account name.</summary>
    STATUS_INVALID_ACCOUNT_NAME = 0xC0000062,

    /// <summary>The specified account already exists.</summary>
    STATUS_USER_EXISTS = 0xC0000063,

    /// <summary>The specified account does not exist.</summary>
    STATUS_NO_SUCH_USER = 0xC0000064,

    /// <summary>The specified group already exists.</summary>
    STATUS_GROUP_EXISTS = 0xC0000065,

    /// <summary>The specified group does not exist.</summary>
    STATUS_NO_SUCH_GROUP = 0xC0000066,

    /// <summary>The attempted logon is invalid: bad user name or authentication information.</summary>
    STATUS_LOGON_FAILURE = 0xC000006D,

    /// <summary>Indicates a referenced user name and authentication information are valid, but a user account restriction prevents authentication.</summary>
    STATUS_ACCOUNT_RESTRICTION = 0xC000006E,

    /// <summary>The user account password has expired.</summary>
    STATUS_PASSWORD_EXPIRED = 0xC0000071,

    /// <summary>The referenced account is currently disabled and cannot be logged on to.</summary>
    STATUS_ACCOUNT_DISABLED = 0xC0000072,

    /// <summary>None of the information to be translated has been translated.</summary>
    STATUS_NONE_MAPPED = 0xC0000073,

    /// <summary>The number of LUIDs requested cannot be allocated with a single allocation.</summary>
    STATUS_TOO_MANY_LUIDS_REQUESTED = 0xC0000074,

    /// <summary>There are no more LUIDs to allocate.</summary>
    STATUS_LUIDS_EXHAUSTED = 0xC0000075,

    /// <summary>The subauthority part of a SID is invalid for this use.</summary>
    STATUS_INVALID_SUB_AUTHORITY = 0xC0000076,

    /// <summary>The ACL structure is not valid.</summary>
    STATUS_INVALID_ACL = 0xC0000077,

    /// <summary>The SID structure is not valid.</summary>
    STATUS_INVALID_SID = 0xC0000078,

    /// <summary>The SECURITY_DESCRIPTOR structure is not valid.</summary>
    STATUS_INVALID_SECURITY_DESCR = 0xC0000079,

    /// <summary>An attempt was made to reference a token that does not exist (typically: the thread is not impersonating).</summary>
    STATUS_NO_TOKEN = 0xC000007C,

    /// <summary>Indicates that an attempt to build either an inherited ACL or ACE was not successful.</summary>
    STATUS_BAD_INHERITANCE_ACL = 0xC000007D,

    /// <summary>The value provided was an invalid value for an identifier authority.</summary>
    STATUS_INVALID_ID_AUTHORITY = 0xC0000084,

    /// <summary>{EXCEPTION} Integer overflow.</summary>
    STATUS_INTEGER_OVERFLOW = 0xC0000095,

    /// <summary>Adding the data would exceed the space allotted for it (for example a token's default DACL).</summary>
    STATUS_ALLOTTED_SPACE_EXCEEDED = 0xC0000099,

    /// <summary>Insufficient system resources exist to complete the API.</summary>
    STATUS_INSUFFICIENT_RESOURCES = 0xC000009A,

    /// <summary>The specified attributes are invalid or incompatible with the attributes for the group as a whole.</summary>
    STATUS_INVALID_GROUP_ATTRIBUTES = 0xC00000A4,

    /// <summary>A specified impersonation level is invalid, or an impersonation token is at a level too low for the operation.</summary>
    STATUS_BAD_IMPERSONATION_LEVEL = 0xC00000A5,

    /// <summary>An attempt was made to open an anonymous-level token; anonymous tokens cannot be opened.</summary>
    STATUS_CANT_OPEN_ANONYMOUS = 0xC00000A6,

    /// <summary>The validation information class requested was invalid.</summary>
    STATUS_BAD_VALIDATION_CLASS = 0xC00000A7,

    /// <summary>The type of a token object is inappropriate for its attempted use.</summary>
    STATUS_BAD_TOKEN_TYPE = 0xC00000A8,

    /// <summary>The maximum named pipe instance count has been reached.</summary>
    STATUS_INSTANCE_NOT_AVAILABLE = 0xC00000AB,

    /// <summary>An instance of a named pipe cannot be found in the listening state.</summary>
    STATUS_PIPE_NOT_AVAILABLE = 0xC00000AC,

    /// <summary>The named pipe is not in the connected or closing state.</summary>
    STATUS_INVALID_PIPE_STATE = 0xC00000AD,

    /// <summary>The specified pipe is set to complete operations and there are current I/O operations queued so that it cannot be changed to queue operations.</summary>
    STATUS_PIPE_BUSY = 0xC00000AE,

    /// <summary>The specified handle is not open to the server end of the named pipe.</summary>
    STATUS_ILLEGAL_FUNCTION = 0xC00000AF,

    /// <summary>The specified named pipe is in the disconnected state.</summary>
    STATUS_PIPE_DISCONNECTED = 0xC00000B0,

    /// <summary>The specified named pipe is in the closing state.</summary>
    STATUS_PIPE_CLOSING = 0xC00000B1,

    /// <summary>The specified named pipe is in the connected state.</summary>
    STATUS_PIPE_CONNECTED = 0xC00000B2,

    /// <summary>The specified named pipe is in the listening state.</summary>
    STATUS_PIPE_LISTENING = 0xC00000B3,

    /// <summary>The specified named pipe is not in message mode.</summary>
    STATUS_INVALID_READ_MODE = 0xC00000B4,

    /// <summary>{Device Timeout} The specified I/O operation was not completed before the time-out period expired.</summary>
    STATUS_IO_TIMEOUT = 0xC00000B5,

    /// <summary>The request is not supported.</summary>
    STATUS_NOT_SUPPORTED = 0xC00000BB,

    /// <summary>An attempt was made to operate on the security of an object that does not have security associated with it.</summary>
    STATUS_NO_SECURITY_ON_OBJECT = 0xC00000D7,

    /// <summary>Used to indicate that a read operation was done on an empty pipe.</summary>
    STATUS_PIPE_EMPTY = 0xC00000D9,

    /// <summary>The specified domain did not exist.</summary>
    STATUS_NO_SUCH_DOMAIN = 0xC00000DF,

    /// <summary>An internal error occurred.</summary>
    STATUS_INTERNAL_ERROR = 0xC00000E5,

    /// <summary>Indicates a security descriptor or access mask is not in the required form: generic access types were present.</summary>
    STATUS_GENERIC_NOT_MAPPED = 0xC00000E6,

    /// <summary>A security descriptor is not in the necessary format (absolute or self-relative).</summary>
    STATUS_BAD_DESCRIPTOR_FORMAT = 0xC00000E7,

    /// <summary>An access to a user buffer failed at an expected point in time.</summary>
    STATUS_INVALID_USER_BUFFER = 0xC00000E8,

    /// <summary>The requested action is restricted for use by logon processes only.</summary>
    STATUS_NOT_LOGON_PROCESS = 0xC00000ED,

    /// <summary>An attempt has been made to start a new session manager or LSA logon session by using an ID that is already in use.</summary>
    STATUS_LOGON_SESSION_EXISTS = 0xC00000EE,

    /// <summary>An invalid parameter was passed to a service or function as the first argument.</summary>
    STATUS_INVALID_PARAMETER_1 = 0xC00000EF,

    /// <summary>An invalid parameter was passed to a service or function as the second argument.</summary>
    STATUS_INVALID_PARAMETER_2 = 0xC00000F0,

    /// <summary>An invalid parameter was passed to a service or function as the third argument.</summary>
    STATUS_INVALID_PARAMETER_3 = 0xC00000F1,

    /// <summary>An invalid parameter was passed to a service or function as the fourth argument.</summary>
    STATUS_INVALID_PARAMETER_4 = 0xC00000F2,

    /// <summary>An invalid parameter was passed to a service or function as the fifth argument.</summary>
    STATUS_INVALID_PARAMETER_5 = 0xC00000F3,

    /// <summary>An invalid parameter was passed to a service or function as the sixth argument.</summary>
    STATUS_INVALID_PARAMETER_6 = 0xC00000F4,

    /// <summary>An invalid parameter was passed to a service or function as the seventh argument.</summary>
    STATUS_INVALID_PARAMETER_7 = 0xC00000F5,

    /// <summary>An invalid parameter was passed to a service or function as the eighth argument.</summary>
    STATUS_INVALID_PARAMETER_8 = 0xC00000F6,

    /// <summary>An invalid parameter was passed to a service or function as the ninth argument.</summary>
    STATUS_INVALID_PARAMETER_9 = 0xC00000F7,

    /// <summary>An invalid parameter was passed to a service or function as the tenth argument.</summary>
    STATUS_INVALID_PARAMETER_10 = 0xC00000F8,

    /// <summary>An invalid parameter was passed to a service or function as the eleventh argument.</summary>
    STATUS_INVALID_PARAMETER_11 = 0xC00000F9,

    /// <summary>An invalid parameter was passed to a service or function as the twelfth argument.</summary>
    STATUS_INVALID_PARAMETER_12 = 0xC00000FA,

    /// <summary>A specified authentication package is unknown.</summary>
    STATUS_NO_SUCH_PACKAGE = 0xC00000FE,

    /// <summary>An attempt was made to remove a directory that was not empty.</summary>
    STATUS_DIRECTORY_NOT_EMPTY = 0xC0000101,

    /// <summary>A requested opened file is not a directory.</summary>
    STATUS_NOT_A_DIRECTORY = 0xC0000103,

    /// <summary>The logon session is not in a state that is consistent with the requested operation.</summary>
    STATUS_BAD_LOGON_SESSION_STATE = 0xC0000104,

    /// <summary>An internal LSA error has occurred: a logon session ID is already in use.</summary>
    STATUS_LOGON_SESSION_COLLISION = 0xC0000105,

    /// <summary>The specified name string is too long for its intended use.</summary>
    STATUS_NAME_TOO_LONG = 0xC0000106,

    /// <summary>An attempt was made to access an exiting process.</summary>
    STATUS_PROCESS_IS_TERMINATING = 0xC000010A,

    /// <summary>An invalid value has been provided for the LogonType requested.</summary>
    STATUS_INVALID_LOGON_TYPE = 0xC000010B,

    /// <summary>Impersonation over a named pipe is not possible until data has been read from that pipe.</summary>
    STATUS_CANNOT_IMPERSONATE = 0xC000010D,

    /// <summary>The I/O request was canceled.</summary>
    STATUS_CANCELLED = 0xC0000120,

    /// <summary>An I/O request other than close was performed on a file after it was closed.</summary>
    STATUS_FILE_CLOSED = 0xC0000128,

    /// <summary>The token is already in use as a primary token.</summary>
    STATUS_TOKEN_ALREADY_IN_USE = 0xC000012B,

    /// <summary>The specified level is invalid.</summary>
    STATUS_INVALID_LEVEL = 0xC0000148,

    /// <summary>The pipe operation has failed because the other end of the pipe has been closed.</summary>
    STATUS_PIPE_BROKEN = 0xC000014B,

    /// <summary>A user has requested a type of logon (interactive, network, ...) that has not been granted.</summary>
    STATUS_LOGON_TYPE_NOT_GRANTED = 0xC000015B,

    /// <summary>The maximum number of SIDs in a token or group membership list was exceeded.</summary>
    STATUS_TOO_MANY_SIDS = 0xC000017E,

    /// <summary>The specified access control entry (ACE) contains an invalid condition.</summary>
    STATUS_INVALID_ACE_CONDITION = 0xC00001A2,

    /// <summary>The specified privileges contain duplicates.</summary>
    STATUS_DUPLICATE_PRIVILEGES = 0xC00001A6,

    /// <summary>The objects are not identical.</summary>
    STATUS_NOT_SAME_OBJECT = 0xC00001AC,

    /// <summary>The object was not found.</summary>
    STATUS_NOT_FOUND = 0xC0000225,

    /// <summary>The user account has been automatically locked.</summary>
    STATUS_ACCOUNT_LOCKED_OUT = 0xC0000234,

    /// <summary>An attempt was made to close a handle that was protected from close (OBJ_PROTECT_CLOSE).</summary>
    STATUS_HANDLE_NOT_CLOSABLE = 0xC0000235,

    /// <summary>A group marked use-for-deny-only cannot be enabled.</summary>
    STATUS_CANT_ENABLE_DENY_ONLY = 0xC00002B3,

    /// <summary>The requested operation requires elevation.</summary>
    STATUS_ELEVATION_REQUIRED = 0xC000042C,

    /// <summary>Indicates a particular security ID may not be assigned as the label of an object.</summary>
    STATUS_INVALID_LABEL = 0xC0000446,
}
