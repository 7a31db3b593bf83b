namespace NtSec.Status;

/// <summary>
/// Win32 error codes ("system error codes", [MS-ERREF] 2.2), as GetLastError reports them and
/// as winerror.h names them. The members are the targets of <see cref="NtStatusMapping"/> plus
/// the few codes the Win32 layer reports itself. A value without a member is still a valid
/// error code.
/// </summary>
/// <remarks>
/// Values checked against winerror.h as shipped by mingw-w64; the twelve that copy lacks
/// (ERROR_CANT_ENABLE_DENY_ONLY, ERROR_DUPLICATE_PRIVILEGES, ERROR_ELEVATION_REQUIRED,
/// ERROR_HANDLES_CLOSED, ERROR_INVALID_ACE_CONDITION, ERROR_INVALID_LABEL, ERROR_NOT_SAME_OBJECT,
/// ERROR_NO_ACE_CONDITION, ERROR_NO_SUCH_DEVICE, ERROR_OBJECT_NAME_EXISTS, ERROR_REPARSE,
/// ERROR_THREAD_WAS_SUSPENDED) against the SDK-generated TerraFX and windows-sys bindings and
/// Microsoft's "System Error Codes" pages. NO_ERROR is an accepted alias of ERROR_SUCCESS.
/// </remarks>
public enum Win32Error : uint
{
    /// <summary>The operation completed successfully (also NO_ERROR).</summary>
    ERROR_SUCCESS = 0,

    /// <summary>Incorrect function.</summary>
    ERROR_INVALID_FUNCTION = 1,

    /// <summary>The system cannot find the file specified.</summary>
    ERROR_FILE_NOT_FOUND = 2,

    /// <summary>The system cannot find the path specified.</summary>
    ERROR_PATH_NOT_FOUND = 3,

    /// <summary>Access is denied.</summary>
    ERROR_ACCESS_DENIED = 5,

    /// <summary>The handle is invalid.</summary>
    ERROR_INVALID_HANDLE = 6,

    /// <summary>Not enough memory resources are available to process this command.</summary>
    ERROR_NOT_ENOUGH_MEMORY = 8,

    /// <summary>The data is invalid.</summary>
    ERROR_INVALID_DATA = 13,

    /// <summary>Not enough memory resources are available to complete this operation.</summary>
    ERROR_OUTOFMEMORY = 14,

    /// <summary>There are no more files.</summary>
    ERROR_NO_MORE_FILES = 18,

    /// <summary>The program issued a command but the command length is incorrect.</summary>
    ERROR_BAD_LENGTH = 24,

    /// <summary>A device attached to the system is not functioning (generic failure).</summary>
    ERROR_GEN_FAILURE = 31,

    /// <summary>The process cannot access the file because it is being used by another process.</summary>
    ERROR_SHARING_VIOLATION = 32,

    /// <summary>Reached the end of the file.</summary>
    ERROR_HANDLE_EOF = 38,

    /// <summary>The request is not supported.</summary>
    ERROR_NOT_SUPPORTED = 50,

    /// <summary>The parameter is incorrect.</summary>
    ERROR_INVALID_PARAMETER = 87,

    /// <summary>The pipe has been ended.</summary>
    ERROR_BROKEN_PIPE = 109,

    /// <summary>This function is not supported on this system.</summary>
    ERROR_CALL_NOT_IMPLEMENTED = 120,

    /// <summary>The semaphore timeout period has expired.</summary>
    ERROR_SEM_TIMEOUT = 121,

    /// <summary>The data area passed to a system call is too small.</summary>
    ERROR_INSUFFICIENT_BUFFER = 122,

    /// <summary>The filename, directory name, or volume label syntax is incorrect.</summary>
    ERROR_INVALID_NAME = 123,

    /// <summary>The system call level is not correct.</summary>
    ERROR_INVALID_LEVEL = 124,

    /// <summary>There are no child processes to wait for.</summary>
    ERROR_WAIT_NO_CHILDREN = 128,

    /// <summary>The directory is not empty.</summary>
    ERROR_DIR_NOT_EMPTY = 145,

    /// <summary>One or more arguments are not correct.</summary>
    ERROR_BAD_ARGUMENTS = 160,

    /// <summary>The specified path is invalid.</summary>
    ERROR_BAD_PATHNAME = 161,

    /// <summary>Cannot create a file when that file already exists.</summary>
    ERROR_ALREADY_EXISTS = 183,

    /// <summary>The filename or extension is too long.</summary>
    ERROR_FILENAME_EXCED_RANGE = 206,

    /// <summary>The pipe is local.</summary>
    ERROR_PIPE_LOCAL = 229,

    /// <summary>The pipe state is invalid.</summary>
    ERROR_BAD_PIPE = 230,

    /// <summary>All pipe instances are busy.</summary>
    ERROR_PIPE_BUSY = 231,

    /// <summary>The pipe is being closed.</summary>
    ERROR_NO_DATA = 232,

    /// <summary>No process is on the other end of the pipe.</summary>
    ERROR_PIPE_NOT_CONNECTED = 233,

    /// <summary>More data is available.</summary>
    ERROR_MORE_DATA = 234,

    /// <summary>No more data is available.</summary>
    ERROR_NO_MORE_ITEMS = 259,

    /// <summary>The directory name is invalid.</summary>
    ERROR_DIRECTORY = 267,

    /// <summary>Attempt to release mutex not owned by caller.</summary>
    ERROR_NOT_OWNER = 288,

    /// <summary>Too many posts were made to a semaphore.</summary>
    ERROR_TOO_MANY_POSTS = 298,

    /// <summary>Only part of a ReadProcessMemory or WriteProcessMemory request was completed.</summary>
    ERROR_PARTIAL_COPY = 299,

    /// <summary>Duplicate privileges were specified for the token.</summary>
    ERROR_DUPLICATE_PRIVILEGES = 311,

    /// <summary>The message number was not found; RtlNtStatusToDosError returns it for an NTSTATUS with no mapping.</summary>
    ERROR_MR_MID_NOT_FOUND = 317,

    /// <summary>No such device.</summary>
    ERROR_NO_SUCH_DEVICE = 433,

    /// <summary>Attempt to access invalid address.</summary>
    ERROR_INVALID_ADDRESS = 487,

    /// <summary>Arithmetic result exceeded 32 bits.</summary>
    ERROR_ARITHMETIC_OVERFLOW = 534,

    /// <summary>There is a process on the other end of the pipe.</summary>
    ERROR_PIPE_CONNECTED = 535,

    /// <summary>Waiting for a process to open the other end of the pipe.</summary>
    ERROR_PIPE_LISTENING = 536,

    /// <summary>A group marked use for deny only cannot be enabled.</summary>
    ERROR_CANT_ENABLE_DENY_ONLY = 629,

    /// <summary>Handles to objects have been automatically closed as a result of the requested operation.</summary>
    ERROR_HANDLES_CLOSED = 676,

    /// <summary>An attempt was made to create an object and the object name already existed.</summary>
    ERROR_OBJECT_NAME_EXISTS = 698,

    /// <summary>A thread termination occurred while the thread was suspended.</summary>
    ERROR_THREAD_WAS_SUSPENDED = 699,

    /// <summary>Wait satisfied by object 1.</summary>
    ERROR_WAIT_1 = 731,

    /// <summary>Wait satisfied by object 2.</summary>
    ERROR_WAIT_2 = 732,

    /// <summary>Wait satisfied by object 3.</summary>
    ERROR_WAIT_3 = 733,

    /// <summary>Wait satisfied by object 63.</summary>
    ERROR_WAIT_63 = 734,

    /// <summary>Wait satisfied by abandoned mutant 63.</summary>
    ERROR_ABANDONED_WAIT_63 = 736,

    /// <summary>A user-mode APC was delivered before the wait interval expired.</summary>
    ERROR_USER_APC = 737,

    /// <summary>A kernel-mode APC was delivered before the wait interval expired.</summary>
    ERROR_KERNEL_APC = 738,

    /// <summary>The delay completed because the thread was alerted.</summary>
    ERROR_ALERTED = 739,

    /// <summary>The requested operation requires elevation.</summary>
    ERROR_ELEVATION_REQUIRED = 740,

    /// <summary>A reparse should be performed by the object manager since the name of the file resulted in a symbolic link.</summary>
    ERROR_REPARSE = 741,

    /// <summary>The specified access control entry (ACE) does not contain a condition.</summary>
    ERROR_NO_ACE_CONDITION = 804,

    /// <summary>The specified access control entry (ACE) contains an invalid condition.</summary>
    ERROR_INVALID_ACE_CONDITION = 805,

    /// <summary>The I/O operation has been aborted because of either a thread exit or an application request.</summary>
    ERROR_OPERATION_ABORTED = 995,

    /// <summary>Overlapped I/O operation is in progress.</summary>
    ERROR_IO_PENDING = 997,

    /// <summary>Invalid access to memory location.</summary>
    ERROR_NOACCESS = 998,

    /// <summary>Invalid flags.</summary>
    ERROR_INVALID_FLAGS = 1004,

    /// <summary>An attempt was made to reference a token that does not exist.</summary>
    ERROR_NO_TOKEN = 1008,

    /// <summary>Element not found.</summary>
    ERROR_NOT_FOUND = 1168,

    /// <summary>Indicates a particular security ID may not be assigned as the label of an object.</summary>
    ERROR_INVALID_LABEL = 1299,

    /// <summary>Not all privileges or groups referenced are assigned to the caller.</summary>
    ERROR_NOT_ALL_ASSIGNED = 1300,

    /// <summary>Some mapping between account names and security IDs was not done.</summary>
    ERROR_SOME_NOT_MAPPED = 1301,

    /// <summary>The revision level is unknown.</summary>
    ERROR_UNKNOWN_REVISION = 1305,

    /// <summary>Indicates two revision levels are incompatible.</summary>
    ERROR_REVISION_MISMATCH = 1306,

    /// <summary>This security ID may not be assigned as the owner of this object.</summary>
    ERROR_INVALID_OWNER = 1307,

    /// <summary>This security ID may not be assigned as the primary group of an object.</summary>
    ERROR_INVALID_PRIMARY_GROUP = 1308,

    /// <summary>An attempt has been made to operate on an impersonation token by a thread that is not currently impersonating a client.</summary>
    ERROR_NO_IMPERSONATION_TOKEN = 1309,

    /// <summary>The group may not be disabled.</summary>
    ERROR_CANT_DISABLE_MANDATORY = 1310,

    /// <summary>There are currently no logon servers available to service the logon request.</summary>
    ERROR_NO_LOGON_SERVERS = 1311,

    /// <summary>A specified logon session does not exist. It may already have been terminated.</summary>
    ERROR_NO_SUCH_LOGON_SESSION = 1312,

    /// <summary>A specified privilege does not exist.</summary>
    ERROR_NO_SUCH_PRIVILEGE = 1313,

    /// <summary>A required privilege is not held by the client.</summary>
    ERROR_PRIVILEGE_NOT_HELD = 1314,

    /// <summary>The name provided is not a properly formed account name.</summary>
    ERROR_INVALID_ACCOUNT_NAME = 1315,

    /// <summary>The specified account already exists.</summary>
    ERROR_USER_EXISTS = 1316,

    /// <summary>The specified account does not exist.</summary>
    ERROR_NO_SUCH_USER = 1317,

    /// <summary>The specified group already exists.</summary>
    ERROR_GROUP_EXISTS = 1318,

    /// <summary>The specified group does not exist.</summary>
    ERROR_NO_SUCH_GROUP = 1319,

    /// <summary>The user name or password is incorrect.</summary>
    ERROR_LOGON_FAILURE = 1326,

    /// <summary>Account restrictions are preventing this user from signing in.</summary>
    ERROR_ACCOUNT_RESTRICTION = 1327,

    /// <summary>The password for this account has expired.</summary>
    ERROR_PASSWORD_EXPIRED = 1330,

    /// <summary>This user can't sign in because this account is currently disabled.</summary>
    ERROR_ACCOUNT_DISABLED = 1331,

    /// <summary>No mapping between account names and security IDs was done.</summary>
    ERROR_NONE_MAPPED = 1332,

    /// <summary>Too many local user identifiers (LUIDs) were requested at one time.</summary>
    ERROR_TOO_MANY_LUIDS_REQUESTED = 1333,

    /// <summary>No more local user identifiers (LUIDs) are available.</summary>
    ERROR_LUIDS_EXHAUSTED = 1334,

    /// <summary>The subauthority part of a security ID is invalid for this particular use.</summary>
    ERROR_INVALID_SUB_AUTHORITY = 1335,

    /// <summary>The access control list (ACL) structure is invalid.</summary>
    ERROR_INVALID_ACL = 1336,

    /// <summary>The security ID structure is invalid.</summary>
    ERROR_INVALID_SID = 1337,

    /// <summary>The security descriptor structure is invalid.</summary>
    ERROR_INVALID_SECURITY_DESCR = 1338,

    /// <summary>The inherited access control list (ACL) or access control entry (ACE) could not be built.</summary>
    ERROR_BAD_INHERITANCE_ACL = 1340,

    /// <summary>The value provided was an invalid value for an identifier authority.</summary>
    ERROR_INVALID_ID_AUTHORITY = 1343,

    /// <summary>No more memory is available for security information updates.</summary>
    ERROR_ALLOTTED_SPACE_EXCEEDED = 1344,

    /// <summary>The specified attributes are invalid, or incompatible with the attributes for the group as a whole.</summary>
    ERROR_INVALID_GROUP_ATTRIBUTES = 1345,

    /// <summary>Either a required impersonation level was not provided, or the provided impersonation level is invalid.</summary>
    ERROR_BAD_IMPERSONATION_LEVEL = 1346,

    /// <summary>Cannot open an anonymous level security token.</summary>
    ERROR_CANT_OPEN_ANONYMOUS = 1347,

    /// <summary>The validation information class requested was invalid.</summary>
    ERROR_BAD_VALIDATION_CLASS = 1348,

    /// <summary>The type of the token is inappropriate for its attempted use.</summary>
    ERROR_BAD_TOKEN_TYPE = 1349,

    /// <summary>Unable to perform a security operation on an object that has no associated security.</summary>
    ERROR_NO_SECURITY_ON_OBJECT = 1350,

    /// <summary>The specified domain either does not exist or could not be contacted.</summary>
    ERROR_NO_SUCH_DOMAIN = 1355,

    /// <summary>An internal error occurred.</summary>
    ERROR_INTERNAL_ERROR = 1359,

    /// <summary>Generic access types were contained in an access mask which should already be mapped to nongeneric types.</summary>
    ERROR_GENERIC_NOT_MAPPED = 1360,

    /// <summary>A security descriptor is not in the right format (absolute or self-relative).</summary>
    ERROR_BAD_DESCRIPTOR_FORMAT = 1361,

    /// <summary>The requested action is restricted for use by logon processes only.</summary>
    ERROR_NOT_LOGON_PROCESS = 1362,

    /// <summary>Cannot start a new logon session with an ID that is already in use.</summary>
    ERROR_LOGON_SESSION_EXISTS = 1363,

    /// <summary>A specified authentication package is unknown.</summary>
    ERROR_NO_SUCH_PACKAGE = 1364,

    /// <summary>The logon session is not in a state that is consistent with the requested operation.</summary>
    ERROR_BAD_LOGON_SESSION_STATE = 1365,

    /// <summary>The logon session ID is already in use.</summary>
    ERROR_LOGON_SESSION_COLLISION = 1366,

    /// <summary>A logon request contained an invalid logon type value.</summary>
    ERROR_INVALID_LOGON_TYPE = 1367,

    /// <summary>Unable to impersonate using a named pipe until data has been read from that pipe.</summary>
    ERROR_CANNOT_IMPERSONATE = 1368,

    /// <summary>The token is already in use as a primary token.</summary>
    ERROR_TOKEN_ALREADY_IN_USE = 1375,

    /// <summary>Logon failure: the user has not been granted the requested logon type at this computer.</summary>
    ERROR_LOGON_TYPE_NOT_GRANTED = 1385,

    /// <summary>The maximum number of security IDs requested for a single user or group was exceeded.</summary>
    ERROR_TOO_MANY_SIDS = 1389,

    /// <summary>Indicates an ACL contains no inheritable components.</summary>
    ERROR_NO_INHERITANCE = 1391,

    /// <summary>Insufficient system resources exist to complete the requested service.</summary>
    ERROR_NO_SYSTEM_RESOURCES = 1450,

    /// <summary>This operation returned because the timeout period expired.</summary>
    ERROR_TIMEOUT = 1460,

    /// <summary>The objects are not identical.</summary>
    ERROR_NOT_SAME_OBJECT = 1656,

    /// <summary>The supplied user buffer is not valid for the requested operation.</summary>
    ERROR_INVALID_USER_BUFFER = 1784,

    /// <summary>Not enough quota is available to process this command.</summary>
    ERROR_NOT_ENOUGH_QUOTA = 1816,

    /// <summary>The referenced account is currently locked out and may not be logged on to.</summary>
    ERROR_ACCOUNT_LOCKED_OUT = 1909,
}
