using NtSec.AccessControl.Rights;
using NtSec.Kernel;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Native;

/// <summary>
/// The part of NtCreateUserProcess that CreateProcessAsUser and CreateProcessWithToken rest on: reference
/// the token handle, apply the token-assignment rule (PspAssignPrimaryToken, SeIsChildTokenEx), give the new
/// process its own primary copy of the token, create the process and return the creator's handles. The
/// Win32 functions only translate its NTSTATUS. Image files, environments and creation flags are not modelled.
/// </summary>
public static class ProcessCreation
{
    /// <summary>TOKEN_QUERY | TOKEN_DUPLICATE | TOKEN_ASSIGN_PRIMARY: what both functions need on the token handle (their pages).</summary>
    public const uint TokenAccess = (uint)(TokenAccessRights.TOKEN_QUERY | TokenAccessRights.TOKEN_DUPLICATE | TokenAccessRights.TOKEN_ASSIGN_PRIMARY);

    /// <summary>Which privilege gate the creation goes through.</summary>
    public enum Gate
    {
        /// <summary>
        /// CreateProcessAsUser: the token must be a primary token (STATUS_BAD_TOKEN_TYPE); unless it is a child
        /// of the caller's primary token, the caller's effective token must hold SeAssignPrimaryTokenPrivilege
        /// enabled (STATUS_PRIVILEGE_NOT_HELD).
        /// </summary>
        AssignPrimary,

        /// <summary>
        /// CreateProcessWithToken: the caller's effective token must hold SeImpersonatePrivilege enabled
        /// (STATUS_PRIVILEGE_NOT_HELD); the secondary logon service then makes the process with a primary copy
        /// of the token.
        /// </summary>
        Impersonate,
    }

    /// <summary>
    /// Creates a process named <paramref name="imageName"/> running as a primary copy of the token
    /// <paramref name="hToken"/> refers to. Statuses: STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH,
    /// STATUS_ACCESS_DENIED (the handle lacks <see cref="TokenAccess"/>); STATUS_BAD_TOKEN_TYPE;
    /// STATUS_PRIVILEGE_NOT_HELD; STATUS_BAD_IMPERSONATION_LEVEL (an impersonation token below
    /// SecurityImpersonation cannot become a primary token, DUP-16); the handle-table statuses.
    /// </summary>
    public static NtStatus Create(KernelCall call, NtHandle hToken, string imageName, Gate gate, bool inheritProcessHandle,
        bool inheritThreadHandle, out CreatedProcess? information)
    {
        information = null;
        var status = TokenHandles.Reference(call, hToken, TokenAccess, out var token, out _);
        if (status != NtStatus.STATUS_SUCCESS || token is null)
        {
            return status;
        }

        var subject = call.Subject().State;
        if (gate == Gate.AssignPrimary)
        {
            if (token.State.Type != TokenType.TokenPrimary)
            {
                return NtStatus.STATUS_BAD_TOKEN_TYPE;
            }

            if (!IsChildToken(call.Process.PrimaryToken.State, token.State)
                && !subject.HasEnabledPrivilege(WellKnownPrivilege.SeAssignPrimaryTokenPrivilege))
            {
                return NtStatus.STATUS_PRIVILEGE_NOT_HELD;
            }
        }
        else if (!subject.HasEnabledPrivilege(WellKnownPrivilege.SeImpersonatePrivilege))
        {
            return NtStatus.STATUS_PRIVILEGE_NOT_HELD;
        }

        // The new process gets its own token object, a primary copy (SEC-05: a child's token is a copy).
        status = TokenCopying.NtDuplicateToken(call, hToken, (uint)TokenAccessRights.TOKEN_QUERY, null, false, TokenType.TokenPrimary, out var copy);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        status = TokenHandles.Reference(call, copy, (uint)TokenAccessRights.TOKEN_QUERY, out var copied, out _);
        ObjectHandles.NtClose(call, copy);
        if (status != NtStatus.STATUS_SUCCESS || copied is null)
        {
            return status;
        }

        var state = copied.State;
        var process = CreateUniquelyNamed(call.Machine, imageName, state);
        var thread = process.FindThread("main")!;
        status = ObjectManager.CreateHandle(call, process, process.Type.GenericMapping.GenericAll, Inherit(inheritProcessHandle), out var hProcess);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        status = ObjectManager.CreateHandle(call, thread, thread.Type.GenericMapping.GenericAll, Inherit(inheritThreadHandle), out var hThread);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            ObjectHandles.NtClose(call, hProcess);
            return status;
        }

        information = new CreatedProcess(hProcess, hThread, process.ProcessId, thread.ThreadId);
        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>
    /// SeIsChildTokenEx: the token was made from the caller's primary token by filtering (its ParentTokenId is
    /// that token's TokenId, CreateRestrictedToken and its duplicates) in the same logon session. Such a token
    /// is assignable without SeAssignPrimaryTokenPrivilege (CreateProcessAsUser page: "If hToken is a restricted
    /// version of the caller's primary token, the SE_ASSIGNPRIMARYTOKEN_NAME privilege is not required";
    /// research/users.md 4.4). Windows 7 and later also accept some sibling tokens (SeIsSiblingToken); not modelled.
    /// </summary>
    public static bool IsChildToken(TokenState caller, TokenState token) =>
        token.ParentTokenId == caller.TokenId && token.AuthenticationId == caller.AuthenticationId;

    /// <summary>
    /// Machine.CreateProcess under the image name, made unique among the machine's process names (the machine
    /// keys processes by name): "x", then "x#2", "x#3", ...
    /// </summary>
    private static ProcessObject CreateUniquelyNamed(Machine machine, string imageName, TokenState token)
    {
        for (int n = 1; ; n++)
        {
            string name = n == 1 ? imageName : FormattableString.Invariant($"{imageName}#{n}");
            if (machine.FindProcess(name) is not null)
            {
                continue;
            }

            try
            {
                return machine.CreateProcess(name, token, token.SessionId);
            }
            catch (ArgumentException) when (machine.FindProcess(name) is not null)
            {
                // Another thread took the name between the look-up and the creation: try the next one.
            }
        }
    }

    private static ObjectAttributeFlags Inherit(bool inherit) => inherit ? ObjectAttributeFlags.OBJ_INHERIT : ObjectAttributeFlags.None;
}
